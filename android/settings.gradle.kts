// Haven's Android shell. `cargo xtask android` must run first: it builds
// the native libraries, the Kotlin bindings and the launcher names into
// ../target/android/, which the modules below read.
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "haven-android"
include(":sdk", ":app")
