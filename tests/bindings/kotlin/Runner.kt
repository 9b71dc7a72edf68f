// A tiny journey runner: no JUnit, so the JVM run needs only the compiled
// bindings, JNA and kotlinx-coroutines. Prints `N passed, N failed` last,
// the line CI counts.
package org.haven.journeys

import java.io.File
import java.nio.file.Files
import org.haven.core.Haven
import org.haven.core.OpenOptions
import org.haven.core.SecretStore

class Runner {
    private var passed = 0
    private var failed = 0

    fun journey(name: String, body: () -> Unit) {
        try {
            body()
            passed++
            println("ok   $name")
        } catch (e: Throwable) {
            failed++
            println("FAIL $name: $e")
            e.printStackTrace(System.out)
        }
    }

    /** Prints the closing line; the process exit code. */
    fun finish(): Int {
        println("$passed passed, $failed failed")
        return if (failed == 0) 0 else 1
    }
}

fun check(condition: Boolean, message: () -> String) {
    if (!condition) throw AssertionError(message())
}

/** Runs `body`, which must throw an `E`; returns it. */
inline fun <reified E : Throwable> expectThrows(body: () -> Unit): E {
    try {
        body()
    } catch (e: Throwable) {
        if (e is E) return e
        throw AssertionError("expected ${E::class.simpleName}, got $e", e)
    }
    throw AssertionError("expected ${E::class.simpleName}, nothing was thrown")
}

/** The shell's side of key storage, in memory: what a Keystore-backed store does, minus the hardware. */
class MemorySecretStore(initial: ByteArray? = null) : SecretStore {
    @Volatile private var bytes: ByteArray? = initial?.copyOf()

    override fun load(): ByteArray? = bytes?.copyOf()

    override fun save(key: ByteArray) {
        bytes?.fill(0)
        bytes = key.copyOf()
        key.fill(0)
    }

    override fun delete() {
        bytes?.fill(0)
        bytes = null
    }

    fun isEmpty() = bytes == null
}

/** A phone in the UK set to `locale`. */
fun device(locale: String = "en-GB", region: String? = "GB") =
    OpenOptions(deviceLocales = listOf(locale), region = region, timeZone = "Europe/London")

/** A data folder and a secret store, as a fresh install has them. */
class Fixture(val secrets: MemorySecretStore = MemorySecretStore()) {
    val dir: File = Files.createTempDirectory("haven-kotlin-").toFile()

    fun open(options: OpenOptions = device()): Haven = Haven.open(dir.path, secrets, options)

    /** Opens, runs `body`, frees the object (AutoCloseable) and the folder. */
    fun <T> use(options: OpenOptions = device(), body: (Haven) -> T): T =
        try {
            open(options).use(body)
        } finally {
            dir.deleteRecursively()
        }
}
