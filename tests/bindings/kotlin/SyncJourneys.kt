// Signed content sync from a loopback hub that `cargo xtask bindings`
// starts (haven-hub keygen, trust, publish, serve), with its root list.
package org.haven.journeys

import java.io.File
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import org.haven.core.Haven
import org.haven.core.HavenException
import org.haven.core.OpenOptions
import org.haven.core.SyncListener
import org.haven.core.SyncResult

private class Collect : SyncListener {
    val progress = mutableListOf<String>()
    @Volatile var result: SyncResult? = null
    @Volatile var error: HavenException? = null
    val done = CountDownLatch(1)

    override fun onProgress(text: String) {
        synchronized(progress) { progress.add(text) }
    }

    override fun onFinished(result: SyncResult) {
        this.result = result
        done.countDown()
    }

    override fun onFailed(error: HavenException, text: String) {
        this.error = error
        done.countDown()
    }
}

private fun Haven.syncOnce(): Collect {
    val listener = Collect()
    startSync(true, listener).use {
        check(listener.done.await(120, TimeUnit.SECONDS)) { "the sync finished" }
    }
    return listener
}

fun syncJourneys(runner: Runner) {
    val url = System.getenv("HAVEN_TEST_HUB") ?: error("HAVEN_TEST_HUB is not set")
    val roots = File(System.getenv("HAVEN_TEST_ROOTS") ?: error("HAVEN_TEST_ROOTS is not set")).readText()
    val options = OpenOptions(deviceLocales = listOf("en-GB"), region = "GB", trustRootJson = roots)

    runner.journey("syncs signed content from a loopback hub") {
        Fixture().use(options) { app ->
            app.setSyncSource(url)
            val first = app.syncOnce()
            check(first.error == null) { "no failure: ${first.error}" }
            check(first.result!!.publishersUpdated == 1u) { "one publisher updated: ${first.result}" }
            check(first.progress.any { it.contains("Checking") }) { "progress lines: ${first.progress}" }
            check(app.contentFreshness().size == 1) { "the content's age is shown" }
            val again = app.syncOnce()
            check(again.result!!.changes == listOf("Everything is up to date.")) { "nothing new: ${again.result}" }
            check(again.result!!.bytesDownloaded == 0uL) { "no pack bytes the second time" }
        }
    }

    runner.journey("content from an untrusted root is refused") {
        Fixture().use(OpenOptions(deviceLocales = listOf("en-GB"), region = "GB")) { app ->
            app.setSyncSource(url)
            val refused = app.syncOnce()
            check(refused.error is HavenException.SyncRefused) { "typed refusal: ${refused.error}" }
            check(app.contentFreshness().isEmpty()) { "nothing was applied" }
        }
    }

    runner.journey("a plain HTTP address elsewhere is refused") {
        Fixture().use(options) { app ->
            expectThrows<HavenException.SyncRefused> { app.setSyncSource("http://example.org/haven") }
        }
    }
}
