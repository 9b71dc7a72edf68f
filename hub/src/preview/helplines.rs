//! `<tag>/helplines.html`: every helpline with its channels as the app
//! would offer them, so an editor can check each number against its source.

use std::fmt::Write;

use haven_core::content::{Channel, ChannelKind, Helpline, HelplineText, Pack, phone};
use haven_core::i18n::{LocaleInfo, Strings, locales};

use super::articles::review_badge;
use super::html::{Page, badge, escape};
use super::{Site, region_name};

pub fn helplines_page(pack: &Pack, locale: &'static LocaleInfo, strings: &Strings, site: &Site) -> String {
    let title = strings.get("helplines-title");
    let mut main = format!("<h1>{}</h1>\n", escape(&title));
    let mut helplines: Vec<&Helpline> = pack.helplines.iter().collect();
    helplines.sort_by(|a, b| (!a.emergency, a.order, &a.id).cmp(&(!b.emergency, b.order, &b.id)));
    for helpline in helplines {
        main.push_str(&helpline_html(helpline, locale, strings));
    }
    let languages = site.languages(|tag| format!("../{tag}/helplines.html"));
    Page { locale, strings, title: &title, root: "../", languages: &languages }.render(&main)
}

fn helpline_html(helpline: &Helpline, locale: &LocaleInfo, strings: &Strings) -> String {
    let own = helpline.texts.iter().find(|t| t.locale == locale.tag);
    // Validated packs always have English; the id is the last resort.
    let Some(text) = own.or_else(|| helpline.texts.iter().find(|t| t.locale == "en")) else {
        return format!("<section class=\"helpline\"><h2>{}</h2></section>\n", escape(&helpline.id));
    };
    let mut out = format!("<section class=\"helpline\" id=\"{}\">\n<h2", helpline.id);
    if own.is_none() {
        out.push_str(" lang=\"en\" dir=\"ltr\"");
    }
    let _ = write!(out, ">{}</h2>\n<p>", escape(&text.name));
    if helpline.emergency {
        out.push_str(&badge("emergency", &strings.get("helpline-emergency")));
    }
    if own.is_none() {
        out.push_str(&badge("missing", &strings.get("preview-not-translated")));
    }
    out.push_str(&review_badge(text.review, strings));
    let _ = writeln!(out, "</p>\n<p>{}</p>", escape(&text.description));
    out.push_str("<ul class=\"channels\">\n");
    for channel in &helpline.channels {
        out.push_str(&channel_html(channel, &helpline.country, &helpline.timezone, strings));
    }
    out.push_str("</ul>\n<dl>\n");
    let hours = strings.get_args(
        "preview-hours",
        &[("hours", helpline.hours.as_str().into()), ("zone", helpline.timezone.as_str().into())],
    );
    let languages: Vec<&str> =
        helpline.languages.iter().map(|tag| locales::find(tag).map_or(tag.as_str(), |l| l.endonym)).collect();
    let regions: Vec<String> = helpline.regions.iter().map(|r| region_name(strings, r)).collect();
    let verified = strings.get_args(
        "helpline-verified",
        &[("date", helpline.verified_on.as_str().into()), ("source", helpline.source.as_str().into())],
    );
    for line in [
        hours,
        strings.get_args("helpline-languages", &[("languages", languages.join(", ").into())]),
        strings.get_args("helpline-covers", &[("regions", regions.join(", ").into())]),
        strings.get(&format!("cost-{}", helpline.cost.as_str())),
        verified,
    ] {
        let _ = writeln!(out, "<dd>{}</dd>", escape(&line));
    }
    out.push_str("</dl>\n");
    out.push_str(&notes(text));
    out.push_str("</section>\n");
    out
}

fn channel_html(channel: &Channel, country: &str, timezone: &str, strings: &Strings) -> String {
    let label = strings.get(&format!("channel-{}", channel.kind.as_str()));
    let shown = match channel.kind {
        ChannelKind::Phone | ChannelKind::Sms | ChannelKind::WhatsApp => {
            phone::display(&channel.value, channel.display.as_deref(), Some(country))
        }
        ChannelKind::WebChat | ChannelKind::Email => channel.value.clone(),
    };
    let mut out = format!("<li><span class=\"channel\">{}</span> ", escape(&label));
    let href = href(channel);
    match haven_core::content::markdown::link_allowed(&href) {
        true => {
            let _ = write!(out, "<a href=\"{}\" rel=\"noreferrer\" dir=\"ltr\">{}</a>", escape(&href), escape(&shown));
        }
        false => {
            let _ = write!(out, "<span dir=\"ltr\">{}</span>", escape(&shown));
        }
    }
    // The stored form too, so the editor sees what the phone will dial.
    if shown != channel.value {
        let _ = write!(out, " <small dir=\"ltr\">({})</small>", escape(&channel.value));
    }
    if let Some(hours) = &channel.hours {
        let text = strings.get_args("preview-hours", &[("hours", hours.as_str().into()), ("zone", timezone.into())]);
        let _ = write!(out, " <small>{}</small>", escape(&text));
    }
    out.push_str("</li>\n");
    out
}

fn href(channel: &Channel) -> String {
    let value = &channel.value;
    match channel.kind {
        ChannelKind::Phone => format!("tel:{value}"),
        ChannelKind::Sms => format!("sms:{value}"),
        ChannelKind::WhatsApp => format!("https://wa.me/{}", value.trim_start_matches('+')),
        ChannelKind::WebChat => value.clone(),
        ChannelKind::Email => format!("mailto:{value}"),
    }
}

fn notes(text: &HelplineText) -> String {
    [&text.anonymity, &text.confidentiality]
        .into_iter()
        .flatten()
        .map(|note| format!("<p class=\"note\">{}</p>\n", escape(note)))
        .collect()
}
