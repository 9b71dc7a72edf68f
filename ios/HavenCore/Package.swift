// swift-tools-version:5.9
// HavenCore: the Swift bindings to Haven's Rust core, and the XCFramework
// they call. `cargo xtask ios` (on a Mac with Xcode) makes both and places
// them here: HavenCoreFFI.xcframework and Sources/HavenCore/Generated/
// (neither is committed). KeychainSecretStore.swift is the one file
// written by hand.
import PackageDescription

let package = Package(
    name: "HavenCore",
    platforms: [.iOS(.v16)],
    products: [
        .library(name: "HavenCore", targets: ["HavenCore"]),
    ],
    targets: [
        // The static library for devices and simulators, with the C header and module map.
        .binaryTarget(name: "HavenCoreFFI", path: "HavenCoreFFI.xcframework"),
        .target(name: "HavenCore", dependencies: ["HavenCoreFFI"], path: "Sources/HavenCore"),
    ]
)
