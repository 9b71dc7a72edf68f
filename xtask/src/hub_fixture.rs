//! A real hub on loopback for the binding journeys' sync: root and
//! publisher keys made on the spot, the built-in content published with
//! `haven-hub publish`, served by `haven-hub serve`. Stopped when dropped.

use std::fs;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use crate::run::{cargo, status};

pub struct Hub {
    child: Child,
    pub url: String,
    pub roots: PathBuf,
}

impl Drop for Hub {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn hub_command(bin: &Path, args: &[&str]) -> Result<(), String> {
    let mut cmd = Command::new(bin);
    cmd.args(args);
    status(cmd, &format!("haven-hub {}", args.first().copied().unwrap_or("")))
}

pub fn start(root: &Path, target: &Path, out: &Path) -> Result<Hub, String> {
    let mut build = cargo();
    build.args(["build", "--package", "haven-hub", "--bin", "haven-hub"]);
    status(build, "building haven-hub (debug)")?;
    let bin = target.join("debug").join(format!("haven-hub{}", std::env::consts::EXE_SUFFIX));
    let dir = out.join("hub");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let at = |name: &str| dir.join(name).to_string_lossy().into_owned();
    for name in ["root1", "root2", "publisher"] {
        let role = if name == "publisher" { "publisher" } else { "root" };
        hub_command(&bin, &["keygen", "--role", role, "--out", &at(name)])?;
    }
    hub_command(
        &bin,
        &[
            "trust",
            "roots",
            "--pub",
            &at("root1.pub"),
            "--pub",
            &at("root2.pub"),
            "--threshold",
            "2",
            "--out",
            &at("roots.json"),
        ],
    )?;
    let list = "[[publisher]]\nid = \"haven-test\"\nname = \"Haven test hub\"\nkeys = [\"publisher.pub\"]\n\
                regions = [\"*\"]\nlocales = [\"*\"]\nkinds = [\"articles\", \"helplines\", \"report-forms\"]\n";
    fs::write(dir.join("publishers.toml"), list).map_err(|e| e.to_string())?;
    let dist = dir.join("dist");
    let publishers = dist.join("publishers.json").to_string_lossy().into_owned();
    hub_command(
        &bin,
        &[
            "trust",
            "publishers",
            &at("publishers.toml"),
            "--roots",
            &at("roots.json"),
            "--sign",
            &at("root1.key"),
            "--sign",
            &at("root2.key"),
            "--out",
            &publishers,
        ],
    )?;
    let content = root.join("content").to_string_lossy().into_owned();
    let dist_arg = dist.to_string_lossy().into_owned();
    hub_command(
        &bin,
        &["publish", &content, "--key", &at("publisher.key"), "--out", &dist_arg, "--publisher", "haven-test"],
    )?;

    let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map_err(|e| e.to_string())?.port();
    let listen = format!("127.0.0.1:{port}");
    let child = Command::new(&bin)
        .args(["serve", &dist_arg, "--listen", &listen, "--intake", &at("reports.db")])
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start haven-hub serve: {e}"))?;
    let hub = Hub { child, url: format!("http://{listen}"), roots: dir.join("roots.json") };
    let started = Instant::now();
    while TcpStream::connect(&listen).is_err() {
        if started.elapsed() > Duration::from_secs(30) {
            return Err("haven-hub serve did not start listening within 30 s".into());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(hub)
}
