// The Haven SDK: the generated Kotlin bindings (package org.haven.core) and
// libhaven_ffi.so for each ABI, both from `cargo xtask android`.
plugins {
    id("com.android.library")
    id("org.jetbrains.kotlin.android")
}

val generated = rootProject.extra["havenGenerated"] as File

android {
    namespace = "org.haven.core"
    compileSdk = 35

    defaultConfig {
        minSdk = 26
        consumerProguardFiles("consumer-rules.pro")
    }

    sourceSets["main"].apply {
        kotlin.srcDir(generated.resolve("kotlin"))
        jniLibs.srcDir(generated.resolve("jniLibs"))
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    kotlinOptions {
        jvmTarget = "17"
    }
}

dependencies {
    // The generated code calls the library through JNA; the AAR carries JNA's own .so files.
    api("net.java.dev.jna:jna:5.15.0@aar")
    api("org.jetbrains.kotlinx:kotlinx-coroutines-core:1.9.0")
}

// Without the generated sources the build would fail with hundreds of
// unresolved names; say what to do instead.
tasks.named("preBuild") {
    doFirst {
        val missing = listOf("kotlin", "jniLibs").filterNot { generated.resolve(it).isDirectory }
        if (missing.isNotEmpty()) {
            throw GradleException(
                "Haven's native part is missing (${missing.joinToString()} in ${generated.path}): " +
                    "run `cargo xtask android` from the repository root first (see README.md, Mobile shells)."
            )
        }
    }
}
