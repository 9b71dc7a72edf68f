// Opening, keys, closing and typed errors.
package org.haven.journeys

import org.haven.core.Haven
import org.haven.core.HavenException
import org.haven.core.SecretStore

fun storeJourneys(r: Runner) {
    r.journey("opens with a SecretStore written in Kotlin, which keeps the key") {
        val fixture = Fixture()
        fixture.use { haven ->
            check(haven.isUnlocked()) { "open after first launch" }
            check(!fixture.secrets.isEmpty()) { "Haven saved its key through the Kotlin store" }
            check(haven.packVersion("builtin") != null) { "the built-in pack is installed" }
        }
    }

    r.journey("reopening with the same store reads the same data") {
        val fixture = Fixture()
        try {
            fixture.open().use { it.setRegion("GB") }
            fixture.open(device(region = null)).use { again ->
                check(again.home().region?.code == "GB") { "the saved region outlives a restart" }
            }
        } finally {
            fixture.dir.deleteRecursively()
        }
    }

    r.journey("a wrong key raises HavenException.WrongKey") {
        val fixture = Fixture()
        try {
            fixture.open().use { }
            val wrong = MemorySecretStore(ByteArray(32) { 7 })
            expectThrows<HavenException.WrongKey> { Haven.open(fixture.dir.path, wrong, device()).close() }
        } finally {
            fixture.dir.deleteRecursively()
        }
    }

    r.journey("a platform store that fails raises HavenException.SecretStore with its reason") {
        val failing = object : SecretStore {
            override fun load(): ByteArray? = null
            override fun save(key: ByteArray) = throw HavenException.SecretStore("keystore unavailable")
            override fun delete() {}
        }
        val fixture = Fixture()
        try {
            val e = expectThrows<HavenException.SecretStore> { Haven.open(fixture.dir.path, failing, device()).close() }
            check(e.reason.contains("keystore unavailable")) { "the shell's reason comes back: ${e.reason}" }
        } finally {
            fixture.dir.deleteRecursively()
        }
    }

    r.journey("an unexpected exception in the platform store is reported, not fatal") {
        val buggy = object : SecretStore {
            override fun load(): ByteArray? = throw IllegalStateException("bug in the shell")
            override fun save(key: ByteArray) {}
            override fun delete() {}
        }
        val fixture = Fixture()
        try {
            val e = expectThrows<HavenException.SecretStore> { Haven.open(fixture.dir.path, buggy, device()).close() }
            check(!e.reason.contains("bug in the shell")) { "the exception's own text stays out: ${e.reason}" }
        } finally {
            fixture.dir.deleteRecursively()
        }
    }

    r.journey("after closeStore, views raise HavenException.Locked") {
        Fixture().use { haven ->
            haven.closeStore()
            check(!haven.isUnlocked()) { "closed" }
            expectThrows<HavenException.Locked> { haven.home() }
        }
    }

    r.journey("broken UI strings raise HavenException.InvalidContent and change nothing") {
        Fixture().use { haven ->
            val before = haven.home().title
            val e = expectThrows<HavenException.InvalidContent> {
                haven.installUiStrings("en", "home-title = { \$unclosed\nnot fluent at all {{{")
            }
            check(e.reason.isNotEmpty()) { "the reason says what is wrong" }
            check(haven.home().title == before) { "nothing changed" }
        }
    }

    r.journey("bad arguments raise typed exceptions that do not echo them") {
        Fixture().use { haven ->
            val e = expectThrows<HavenException.InvalidArgument> { haven.setRegion("my-secret-place") }
            check(!e.reason.contains("secret")) { "reason echoes the argument: ${e.reason}" }
            expectThrows<HavenException.InvalidArgument> { haven.setLanguage("klingon") }
            expectThrows<HavenException.NotFound> { haven.article("no-such-article") }
        }
    }
}
