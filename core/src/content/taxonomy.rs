//! Closed vocabularies. Each is serialized as its kebab-case name, which is
//! also what content sources and the store use.

use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// The sections of the app an article belongs to.
    Category {
        Understanding = "understanding",
        Signs = "signs",
        Rights = "rights",
        Help = "help",
        Safety = "safety",
        Reporting = "reporting",
    }
}

vocabulary! {
    Sector {
        CarWash = "car-wash",
        NailBar = "nail-bar",
        Agriculture = "agriculture",
        Construction = "construction",
        Hospitality = "hospitality",
        DomesticWork = "domestic-work",
        FactoryWarehouse = "factory-warehouse",
        Fishing = "fishing",
        SexualExploitation = "sexual-exploitation",
        CriminalExploitation = "criminal-exploitation",
    }
}

vocabulary! {
    Audience {
        PotentialVictim = "potential-victim",
        Public = "public",
        Worker = "worker",
    }
}

vocabulary! {
    /// Types of exploitation, aligned with the HTCDS / CTDC `TypeOfExploitation` fields.
    ExploitationType {
        ForcedLabour = "forced-labour",
        SexualExploitation = "sexual-exploitation",
        CriminalExploitation = "criminal-exploitation",
        DomesticServitude = "domestic-servitude",
        ForcedMarriage = "forced-marriage",
        OrganRemoval = "organ-removal",
        SlaveryAndPractices = "slavery-and-practices",
        ForcedMilitary = "forced-military",
        Other = "other",
    }
}

impl ExploitationType {
    /// The HTCDS / CTDC field this type is recorded under.
    pub fn htcds_field(self) -> &'static str {
        match self {
            Self::ForcedLabour | Self::DomesticServitude => "isForcedLabour",
            Self::SexualExploitation => "isSexualExploit",
            Self::CriminalExploitation | Self::Other => "isOtherExploit",
            Self::ForcedMarriage => "isForcedMarriage",
            Self::OrganRemoval => "isOrganRemoval",
            Self::SlaveryAndPractices => "isSlaveryAndPractices",
            Self::ForcedMilitary => "isForcedMilitary",
        }
    }
}

vocabulary! {
    /// Who has checked a translation.
    ReviewStatus {
        Original = "original",
        Machine = "machine",
        Reviewed = "reviewed",
    }
}

vocabulary! {
    ChannelKind {
        Phone = "phone",
        Sms = "sms",
        WhatsApp = "whatsapp",
        WebChat = "webchat",
        Email = "email",
    }
}

vocabulary! {
    /// What contacting a helpline leaves outside Haven, for someone checking the phone to find.
    Trace {
        CallLog = "call-log",
        PhoneBill = "phone-bill",
        SmsThread = "sms-thread",
        BrowserHistory = "browser-history",
        EmailAccount = "email-account",
        AppAccount = "app-account",
    }
}

vocabulary! {
    Cost {
        Free = "free",
        LocalRate = "local-rate",
        Premium = "premium",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for s in Sector::ALL {
            assert_eq!(Sector::parse(s.as_str()), Some(*s));
        }
        assert_eq!(Sector::parse("car wash"), None);
        assert_eq!(serde_json::to_string(&Trace::CallLog).unwrap(), "\"call-log\"");
    }

    #[test]
    fn every_sector_the_brief_names_exists() {
        assert_eq!(Sector::ALL.len(), 10);
    }
}
