/// What a shell tells the core when it opens Haven.
#[derive(Debug, Clone, Default)]
pub struct OpenOptions {
    /// The device's preferred languages, best first (BCP 47).
    pub device_locales: Vec<String>,
    /// A language for this session only, ahead of the saved choice (e.g. a
    /// `--locale` flag); never saved.
    pub language_override: Option<String>,
    /// The device's IANA time zone, to show helpline hours in local time.
    pub time_zone: Option<String>,
    /// The device's region (ISO 3166), used until the user chooses one.
    pub region: Option<String>,
    /// Argon2id cost of new unlock and duress codes. Leave the default
    /// (about half a second on a mid-range phone); tests lower it.
    pub code_cost: crate::safety::KdfCost,
    /// The root key set sync trusts, instead of the one shipped in the app.
    /// For tests and an NGO's own staging hub; phones leave it `None`.
    pub trust_anchor: Option<crate::sync::RootList>,
}
