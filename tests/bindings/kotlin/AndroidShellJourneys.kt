// The Android shell's plain-JVM parts (android/app/.../pure), checked here
// because no Android SDK exists on these machines: the sealed secret format
// and the SecretStore built on it (driving a real Haven), launcher aliases,
// code fields, the quick-exit plan, the back stack.
package org.haven.journeys

import java.io.File
import java.nio.file.Files
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import org.haven.app.pure.BackStack
import org.haven.app.pure.CodeInput
import org.haven.app.pure.ExitEffect
import org.haven.app.pure.ExitPlan
import org.haven.app.pure.FileBlobStore
import org.haven.app.pure.Launcher
import org.haven.app.pure.Screen
import org.haven.app.pure.WrappedSecret
import org.haven.app.pure.WrappingKeySource
import org.haven.app.pure.WrappingSecretStore
import org.haven.app.pure.isRightToLeft
import org.haven.core.Cover
import org.haven.core.Direction
import org.haven.core.Haven
import org.haven.core.HavenException
import org.haven.core.LockView

private fun aesKey(): SecretKey = KeyGenerator.getInstance("AES").apply { init(256) }.generateKey()

/** What the AndroidKeyStore does for the shell, with a software key. */
private class SoftwareKeys : WrappingKeySource {
    var key: SecretKey? = null

    override fun key(create: Boolean): SecretKey? {
        if (key == null && create) key = aesKey()
        return key
    }
}

private fun tempDir(): File = Files.createTempDirectory("haven-android-").toFile()

fun androidShellJourneys(r: Runner) {
    r.journey("android: the sealed secret opens only with its key, and tampering is a typed error") {
        val key = aesKey()
        val secret = ByteArray(48) { it.toByte() }
        val sealed = WrappedSecret.seal(key, secret)
        check(sealed[0] == WrappedSecret.VERSION && sealed.size == 1 + 12 + 48 + 16) { "layout: ${sealed.size}" }
        check(WrappedSecret.open(key, sealed).contentEquals(secret)) { "round trip" }
        check(!WrappedSecret.seal(key, secret).contentEquals(sealed)) { "a fresh IV each time" }
        expectThrows<HavenException.SecretStore> { WrappedSecret.open(aesKey(), sealed) }
        val flipped = sealed.copyOf().also { it[20] = (it[20].toInt() xor 1).toByte() }
        expectThrows<HavenException.SecretStore> { WrappedSecret.open(key, flipped) }
        val future = sealed.copyOf().also { it[0] = 9 }
        val e = expectThrows<HavenException.SecretStore> { WrappedSecret.open(key, future) }
        check(e.reason.contains("version")) { e.reason }
        expectThrows<HavenException.SecretStore> { WrappedSecret.open(key, ByteArray(5)) }
        expectThrows<HavenException.SecretStore> { WrappedSecret.seal(key, ByteArray(WrappedSecret.MAX_SECRET_BYTES + 1)) }
    }

    r.journey("android: Haven opens, locks and reopens through the wrapping SecretStore; the file holds no key") {
        val dir = tempDir()
        try {
            val keys = SoftwareKeys()
            val file = File(dir, "secret.sealed")
            val store = WrappingSecretStore(keys, FileBlobStore(file))
            Haven.open(File(dir, "data").path, store, device()).use { haven ->
                haven.setUnlockCode(null, "2468", false)
                haven.lock()
            }
            check(file.length() > 0) { "sealed secret written" }
            check(!File(dir, "secret.sealed.partial").exists()) { "no partial file left" }
            Haven.open(File(dir, "data").path, WrappingSecretStore(keys, FileBlobStore(file)), device()).use { again ->
                check(again.lockView().cover == Cover.CODE_PROMPT) { "the code survived a restart" }
                check(again.unlock("2468") is org.haven.core.UnlockOutcome.Unlocked) { "opens with the code" }
                check(again.home().title.isNotBlank()) { "reads its data" }
            }
            val lostKeys = WrappingSecretStore(SoftwareKeys(), FileBlobStore(file))
            val e = expectThrows<HavenException.SecretStore> { Haven.open(File(dir, "data").path, lostKeys, device()) }
            check(e.reason.contains("wrapping key")) { e.reason }
        } finally {
            dir.deleteRecursively()
        }
    }

    r.journey("android: an oversized secret file is refused before it is read") {
        val dir = tempDir()
        try {
            val file = File(dir, "secret.sealed").apply { writeBytes(ByteArray(WrappedSecret.MAX_SEALED_BYTES + 1)) }
            expectThrows<HavenException.SecretStore> { FileBlobStore(file).read() }
            FileBlobStore(file).delete()
            check(FileBlobStore(file).read() == null) { "deleted" }
        } finally {
            dir.deleteRecursively()
        }
    }

    r.journey("android: exactly one launcher alias is enabled, Haven's when the id is unknown") {
        for (id in Launcher.ALIASES.keys) {
            val states = Launcher.states(id)
            check(states.count { it.second } == 1) { "one enabled for $id" }
            check(states.single { it.second }.first == Launcher.ALIASES[id]) { "the chosen one for $id" }
        }
        check(Launcher.states("spaceship").single { it.second }.first == Launcher.ALIASES["haven"]) { "fallback" }
    }

    r.journey("android: code fields keep digits only") {
        check(CodeInput.digitsOnly("12a3 4٥5678901234", 12) == "123456789012") { "digits, at most 12" }
        check(CodeInput.digitsOnly("", 12).isEmpty()) { "empty stays empty" }
    }

    r.journey("android: quick exit covers first, then the page, then leaves recent apps") {
        val plain = ExitPlan.effects(LockView(locked = true, cover = Cover.NOTHING, exitPage = null))
        check(plain == listOf(ExitEffect.ShowCover(Cover.NOTHING), ExitEffect.CloseTask)) { "$plain" }
        val page = ExitPlan.effects(LockView(true, Cover.CALCULATOR, "https://www.bbc.co.uk/weather"))
        check(page.first() == ExitEffect.ShowCover(Cover.CALCULATOR)) { "cover first" }
        check(page[1] == ExitEffect.OpenPage("https://www.bbc.co.uk/weather") && page.last() == ExitEffect.CloseTask) {
            "$page"
        }
        check(Direction.RTL.isRightToLeft() && !Direction.LTR.isRightToLeft()) { "direction" }
    }

    r.journey("android: the back stack keeps Home at the bottom and forgets everything on lock") {
        val stack = BackStack()
        stack.push(Screen.Articles(null))
        stack.push(Screen.Article("a"))
        stack.push(Screen.Article("a"))
        check(stack.pop() && stack.current == Screen.Articles(null)) { "one back" }
        stack.push(Screen.Safety)
        stack.reset()
        check(stack.current == Screen.Home && !stack.pop()) { "home only after a lock" }
    }

    r.journey("android: a submitted report goes back to the outbox, an edit back to its form") {
        val stack = BackStack()
        stack.push(Screen.Outbox)
        stack.push(Screen.Report("d"))
        stack.push(Screen.Review("d"))
        stack.backTo(Screen.Report("d"))
        check(stack.current == Screen.Report("d")) { "the review's edit returns to the form" }
        stack.push(Screen.Review("d"))
        stack.backTo(Screen.Outbox)
        check(stack.current == Screen.Outbox && stack.pop() && stack.current == Screen.Home) { "form and review gone" }
        stack.backTo(Screen.Outbox)
        check(stack.current == Screen.Outbox) { "pushed when not on the stack" }
    }
}
