//! Types several screens share.

use haven_core::i18n::Direction as CoreDirection;
use haven_core::views as core;

/// A uniffi enum that mirrors a fieldless core enum, variant for variant,
/// with `From` both ways. The core type is named by a plain identifier
/// (import it under an alias) so its variants can be matched.
macro_rules! mirror_enum {
    ($(#[$meta:meta])* $name:ident mirrors $core:ident { $($variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
        pub enum $name {
            $($variant),+
        }

        impl From<$core> for $name {
            fn from(c: $core) -> Self {
                match c {
                    $($core::$variant => Self::$variant),+
                }
            }
        }

        impl From<$name> for $core {
            fn from(c: $name) -> Self {
                match c {
                    $($name::$variant => Self::$variant),+
                }
            }
        }
    };
}

mirror_enum! {
    /// Which way text runs.
    Direction mirrors CoreDirection { Ltr, Rtl }
}

/// The locale a piece of text is actually in, and how to lay it out.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct UsedLocale {
    pub tag: String,
    pub direction: Direction,
}

impl From<core::UsedLocale> for UsedLocale {
    fn from(l: core::UsedLocale) -> Self {
        Self { tag: l.tag, direction: l.direction.into() }
    }
}

/// A country or area, named in the UI language.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RegionItem {
    pub code: String,
    pub name: String,
}

impl From<core::RegionItem> for RegionItem {
    fn from(r: core::RegionItem) -> Self {
        Self { code: r.code, name: r.name }
    }
}

/// `Vec<A>` into `Vec<B>` through `From`, for the many lists in views.
pub(crate) fn list<A, B: From<A>>(items: Vec<A>) -> Vec<B> {
    items.into_iter().map(B::from).collect()
}
