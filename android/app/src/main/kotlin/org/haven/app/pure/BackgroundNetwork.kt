// Which network the background runs may use, from the user's choice kept in
// the core (`Haven.backgroundNetwork()`, the settings screen's "Wi-Fi only"
// toggle): what WorkManager waits for, when the periodic work is enqueued
// again. Whether a run may go ahead on the network it got is the core's
// `backgroundRunAllowed`. Plain JVM code: platform/BackgroundWork.kt maps
// `NetworkNeed` onto WorkManager's `NetworkType`, and `cargo xtask bindings`
// checks this against a real Haven.
package org.haven.app.pure

import org.haven.core.BackgroundNetwork
import org.haven.core.Haven
import org.haven.core.HavenException

/** The network a scheduled run waits for: WorkManager's `NetworkType.CONNECTED` or `UNMETERED`. */
enum class NetworkNeed { Connected, Unmetered }

/** What the scheduler enqueues once the choice is known, or after it changed. */
data class SchedulePlan(
    val need: NetworkNeed,
    /** Reports wait, and the one-off delivery already enqueued waits for the old network: enqueue it again. */
    val redeliver: Boolean,
)

object BackgroundNetworkRules {
    fun needFor(choice: BackgroundNetwork): NetworkNeed = when (choice) {
        BackgroundNetwork.ANY_NETWORK -> NetworkNeed.Connected
        BackgroundNetwork.UNMETERED -> NetworkNeed.Unmetered
    }

    /** The choice the settings screen's toggle stands for. */
    fun choiceFor(wifiOnly: Boolean): BackgroundNetwork =
        if (wifiOnly) BackgroundNetwork.UNMETERED else BackgroundNetwork.ANY_NETWORK
}

/**
 * When the shell enqueues its periodic work again: the first time Haven is
 * open in a process (an app update may have changed the requests), then only
 * when the user's choice changed (`ExistingPeriodicWorkPolicy.UPDATE` keeps
 * each job's timing). While Haven is locked the choice is out of reach and
 * what is enqueued stays: it was made from the choice when Haven was last open.
 */
class BackgroundSchedule {
    private var scheduled: NetworkNeed? = null

    /** What to enqueue now, or null when nothing changed (or Haven is locked). */
    @Synchronized
    fun plan(haven: Haven): SchedulePlan? {
        val need = try {
            BackgroundNetworkRules.needFor(haven.backgroundNetwork())
        } catch (e: HavenException.Locked) {
            return null
        }
        if (need == scheduled) return null
        val changed = scheduled != null
        scheduled = need
        return SchedulePlan(need, redeliver = changed && BackgroundJobs.reportsWaiting(haven))
    }
}
