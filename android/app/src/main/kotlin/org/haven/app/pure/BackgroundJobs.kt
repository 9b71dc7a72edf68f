// The background runs the shell schedules (WorkManager workers on Android):
// one content sync or one outbox delivery against an open Haven, waited for
// within the platform's time budget, and what the scheduler should do next.
// A run on a metered network does nothing when the user keeps background
// work to Wi-Fi (the core decides: `Haven.backgroundRunAllowed`).
// Plain JVM code (no Android API): `cargo xtask bindings` checks it against
// a real Haven and the loopback hub.
package org.haven.app.pure

import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import org.haven.core.DeliveryResult
import org.haven.core.Haven
import org.haven.core.HavenException
import org.haven.core.OutboxItem
import org.haven.core.OutboxListener
import org.haven.core.ReportState
import org.haven.core.SyncListener
import org.haven.core.SyncResult

/** What a background run tells its scheduler. */
enum class JobOutcome {
    /** Finished; the next periodic run is soon enough. */
    Done,

    /** Network trouble or out of time: try again with backoff. */
    Retry,

    /** Nothing to do, or nothing possible now (locked, no sync address). */
    NothingToDo,

    /** The user keeps background work to Wi-Fi and this run got a metered network: nothing was sent. */
    WaitForWifi,
}

object BackgroundJobs {
    /**
     * Sends what waits in the outbox, one attempt per report (a background
     * budget is short; the rest waits for the next run). A locked Haven
     * (an unlock code is set, or a quick exit) is left alone. `metered`:
     * whether the network the run has now costs the user per byte.
     */
    fun deliverOutbox(haven: Haven, timeoutMs: Long, metered: Boolean): JobOutcome {
        if (!reportsWaiting(haven)) return JobOutcome.NothingToDo
        val allowed = runAllowedOrNull(haven, metered) ?: return JobOutcome.NothingToDo
        if (!allowed) return JobOutcome.WaitForWifi
        val listener = DeliveryWait()
        haven.startDelivery(true, listener).use { handle ->
            if (!listener.done.await(timeoutMs, TimeUnit.MILLISECONDS)) {
                handle.cancel()
                return JobOutcome.Retry
            }
        }
        listener.error?.let { return outcomeOf(it) }
        return if ((listener.result?.waiting ?: 0u) > 0u) JobOutcome.Retry else JobOutcome.Done
    }

    /** Syncs the content of the user's publishers from the saved address. */
    fun sync(haven: Haven, timeoutMs: Long, metered: Boolean): JobOutcome {
        val allowed = runAllowedOrNull(haven, metered) ?: return JobOutcome.NothingToDo
        if (!allowed) return JobOutcome.WaitForWifi
        val listener = SyncWait()
        haven.startSync(false, listener).use { handle ->
            if (!listener.done.await(timeoutMs, TimeUnit.MILLISECONDS)) {
                handle.cancel()
                return JobOutcome.Retry
            }
        }
        return listener.error?.let(::outcomeOf) ?: JobOutcome.Done
    }

    /** Whether reports wait in the outbox to be sent; false while Haven is locked. */
    fun reportsWaiting(haven: Haven): Boolean = try {
        haven.outbox().items.any { it.state == ReportState.QUEUED || it.state == ReportState.SENDING }
    } catch (e: HavenException.Locked) {
        false
    }

    /** Whether the core lets this run use its network (the user's choice); null while Haven is locked. */
    private fun runAllowedOrNull(haven: Haven, metered: Boolean): Boolean? = try {
        haven.backgroundRunAllowed(metered)
    } catch (e: HavenException.Locked) {
        null
    }

    private fun outcomeOf(error: HavenException): JobOutcome = when (error) {
        is HavenException.Network -> JobOutcome.Retry
        // Locked, no sync address saved: nothing a retry can change.
        is HavenException.Locked, is HavenException.InvalidArgument -> JobOutcome.NothingToDo
        // Refused content, a store problem: the next periodic run, no hammering.
        else -> JobOutcome.Done
    }
}

private class DeliveryWait : OutboxListener {
    val done = CountDownLatch(1)
    @Volatile var result: DeliveryResult? = null
    @Volatile var error: HavenException? = null

    override fun onChange(item: OutboxItem) {}

    override fun onFinished(result: DeliveryResult) {
        this.result = result
        done.countDown()
    }

    override fun onFailed(error: HavenException) {
        this.error = error
        done.countDown()
    }
}

private class SyncWait : SyncListener {
    val done = CountDownLatch(1)
    @Volatile var error: HavenException? = null

    override fun onProgress(text: String) {}

    override fun onFinished(result: SyncResult) = done.countDown()

    override fun onFailed(error: HavenException, text: String) {
        this.error = error
        done.countDown()
    }
}
