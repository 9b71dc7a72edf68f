//! Compiles every `locales/<tag>/haven.ftl` into the core: adding a UI
//! language is adding a folder.

use std::fs;
use std::path::Path;

fn main() {
    // Read at run time: a build script binary reused from another checkout
    // (a shared or copied target dir) would otherwise embed that checkout's
    // locales, since env! fixes the path when the script is compiled.
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let locales = Path::new(&manifest_dir).join("../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut tags: Vec<String> = fs::read_dir(&locales)
        .expect("locales/ exists")
        .filter_map(Result::ok)
        .filter(|e| e.path().join("haven.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    // English first: it is the fallback every lookup ends in.
    tags.sort_by_key(|t| (t != "en", t.clone()));
    let mut out = String::from("pub const UI_LOCALES: &[(&str, &str)] = &[\n");
    for tag in &tags {
        let file = locales.join(tag).join("haven.ftl").canonicalize().expect("readable ftl");
        println!("cargo:rerun-if-changed={}", file.display());
        out.push_str(&format!("    ({tag:?}, include_str!({:?})),\n", file.display().to_string()));
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("ui_locales.rs");
    fs::write(dest, out).expect("write ui_locales.rs");
}
