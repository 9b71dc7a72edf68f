//! `cargo xtask <task>`: the project's build, test and benchmark tasks.

mod android;
mod bench;
mod bench_intake;
mod bench_sync;
mod bindings;
mod hub_content;
mod hub_fixture;
mod ios;
mod journeys;
mod labels;
mod mobile;
mod pack;
mod run;
mod tools;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <task>

tasks:
  test      run every test: Rust unit, integration and journey tests, then
            the binding journeys (`--skip-bindings` leaves those out)
  bindings  generate Kotlin, Swift and Python bindings into target/bindings/
            and run the Kotlin and Python journeys through them
  android   build the Android libraries (cargo-ndk) and Kotlin bindings for
            android/ (needs the Android NDK)
  ios       build the XCFramework and Swift bindings for ios/HavenCore
            (needs macOS with Xcode)
  bench     run the criterion benchmarks and the intake load generator,
            and write BENCHMARKS.md
  pack      rebuild core/assets/builtin-pack.json from content/";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("test") => run::test(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        Some("bindings") => bindings::run(&args[1..]),
        Some("android") => android::run(&args[1..]),
        Some("ios") => ios::run(&args[1..]),
        Some("pack") => pack::run(),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
