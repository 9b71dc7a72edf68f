//! A real hub on loopback for the binding journeys: root and publisher keys
//! made on the spot, a helpline's report key, the built-in content
//! published with `haven-hub publish` (its report form sending to this
//! hub's intake, sealed to that key), served by `haven-hub serve --intake`.
//! Under `/down` the same content whose form sends to a port nobody
//! listens on: a helpline whose intake is down. Stopped when dropped.

use std::fs;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use crate::hub_content::{content_for_intake, copy_dir};
use crate::run::{cargo, status};

pub struct Hub {
    child: Child,
    pub url: String,
    pub roots: PathBuf,
    /// The same publisher's content, its report form sending nowhere.
    pub down_url: String,
    /// `haven-hub`, for the journeys' `reports list` and `reports export`.
    pub bin: PathBuf,
    /// Where the intake keeps the sealed reports it received.
    pub intake_db: PathBuf,
    /// The helpline's private key that opens them.
    pub helpline_key: PathBuf,
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

fn free_port() -> Result<u16, String> {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).map_err(|e| e.to_string())
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
    hub_command(&bin, &["keygen", "--report-recipient", "--out", &at("helpline")])?;
    let recipient = fs::read_to_string(dir.join("helpline.pub")).map_err(|e| e.to_string())?.trim().to_owned();
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

    let listen = format!("127.0.0.1:{}", free_port()?);
    let dead = format!("127.0.0.1:{}", free_port()?);
    let publish = |intake: &str, content: &str, dist: &Path| -> Result<(), String> {
        content_for_intake(&root.join("content"), &dir.join(content), intake, &recipient)?;
        let dist = dist.to_string_lossy().into_owned();
        hub_command(
            &bin,
            &["publish", &at(content), "--key", &at("publisher.key"), "--out", &dist, "--publisher", "haven-test"],
        )
    };
    publish(&format!("http://{listen}/v1/reports"), "content", &dist)?;
    let down = dir.join("dist-down");
    copy_dir(&dist, &down)?;
    publish(&format!("http://{dead}/v1/reports"), "content-down", &down)?;
    copy_dir(&down, &dist.join("down"))?;

    let intake_db = dir.join("reports.db");
    let dist_arg = dist.to_string_lossy().into_owned();
    let child = Command::new(&bin)
        .args(["serve", &dist_arg, "--listen", &listen, "--intake", &intake_db.to_string_lossy()])
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start haven-hub serve: {e}"))?;
    let hub = Hub {
        child,
        url: format!("http://{listen}"),
        roots: dir.join("roots.json"),
        down_url: format!("http://{listen}/down"),
        bin,
        intake_db,
        helpline_key: dir.join("helpline.key"),
    };
    let started = Instant::now();
    while TcpStream::connect(&listen).is_err() {
        if started.elapsed() > Duration::from_secs(30) {
            return Err("haven-hub serve did not start listening within 30 s".into());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(hub)
}
