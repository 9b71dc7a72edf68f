//! The outside tools the binding journeys need: found on the machine, or
//! (kotlinc only) fetched into `target/tools/`. Each missing one fails with
//! what to install; `bash .ci/setup` installs them all on Debian.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::run::status;

/// kotlinc from npm: the package bundles the compiler, the stdlib and the
/// kotlinx-coroutines jar the generated code needs (Debian's is too old).
const KOTLIN_PACKAGE: &str = "kotlin-compiler@2.4.20";
const KOTLIN_DIR: &str = "kotlin-compiler-2.4.20";
const JNA_JAR: &str = "/usr/share/java/jna.jar";
const SETUP_HINT: &str = "`bash .ci/setup` installs it on Debian";

pub struct Tools {
    pub java: PathBuf,
    pub python: PathBuf,
    pub kotlinc: PathBuf,
    pub jna_jar: PathBuf,
    pub coroutines_jar: PathBuf,
    pub stdlib_jar: PathBuf,
}

impl Tools {
    /// Finds every tool, fetching kotlinc into `tools_dir` when it is not there yet.
    pub fn find(tools_dir: &Path) -> Result<Tools, String> {
        let java = runs("java", &["-version"]).ok_or(format!("java (a JDK, 17 or newer) is needed; {SETUP_HINT}"))?;
        let python = runs("python3", &["--version"]).ok_or(format!("python3 is needed; {SETUP_HINT}"))?;
        let jna_jar = std::env::var_os("JNA_JAR").map_or_else(|| PathBuf::from(JNA_JAR), PathBuf::from);
        if !jna_jar.is_file() {
            return Err(format!(
                "JNA is needed at {} (Debian package libjna-java; or set JNA_JAR); {SETUP_HINT}",
                jna_jar.display()
            ));
        }
        let kotlin = kotlin_home(tools_dir)?;
        Ok(Tools {
            java,
            python,
            kotlinc: kotlin.join("bin/kotlinc"),
            jna_jar,
            coroutines_jar: kotlin.join("lib/kotlinx-coroutines-core-jvm.jar"),
            stdlib_jar: kotlin.join("lib/kotlin-stdlib.jar"),
        })
    }
}

/// `program` if it starts and exits cleanly with `args`.
fn runs(program: &str, args: &[&str]) -> Option<PathBuf> {
    let ok = Command::new(program).args(args).stdout(Stdio::null()).stderr(Stdio::null()).status();
    ok.ok().filter(|s| s.success()).map(|_| PathBuf::from(program))
}

/// The unpacked kotlin-compiler package, fetched with `npm pack` if missing.
fn kotlin_home(tools_dir: &Path) -> Result<PathBuf, String> {
    let home = tools_dir.join(KOTLIN_DIR);
    if home.join("bin/kotlinc").is_file() {
        return Ok(home);
    }
    runs("npm", &["--version"]).ok_or(format!("npm is needed to fetch kotlinc ({KOTLIN_PACKAGE}); {SETUP_HINT}"))?;
    // Unpacked beside the final place and renamed, so an interrupted fetch is never mistaken for a whole one.
    let staging = tools_dir.join(format!("{KOTLIN_DIR}.partial"));
    let _ = fs::remove_dir_all(&staging);
    fs::create_dir_all(&staging).map_err(|e| format!("cannot create {}: {e}", staging.display()))?;
    let mut pack = Command::new("npm");
    pack.args(["pack", KOTLIN_PACKAGE, "--silent", "--pack-destination"]).arg(&staging);
    status(pack, &format!("npm pack {KOTLIN_PACKAGE} (about 90 MB, once)"))?;
    let tarball = fs::read_dir(&staging)
        .map_err(|e| format!("cannot list {}: {e}", staging.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .find(|p| p.extension().is_some_and(|x| x == "tgz"))
        .ok_or("npm pack wrote no .tgz")?;
    let mut untar = Command::new("tar");
    untar.arg("xzf").arg(&tarball).arg("-C").arg(&staging);
    status(untar, "unpacking kotlinc")?;
    let _ = fs::remove_file(&tarball);
    fs::rename(staging.join("package"), &home).map_err(|e| format!("cannot move kotlinc into place: {e}"))?;
    let _ = fs::remove_dir_all(&staging);
    Ok(home)
}
