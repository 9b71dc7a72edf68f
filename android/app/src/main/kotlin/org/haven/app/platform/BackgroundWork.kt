// Background sync and report delivery with WorkManager: periodic runs that
// need a network, and a one-off delivery right after a report is submitted.
// Which network comes from the user's choice in the core (the safety
// screen's "Wi-Fi only" toggle): UNMETERED or CONNECTED, enqueued again with
// UPDATE when the choice changes (pure/BackgroundNetwork.kt decides when).
// Each worker runs one job (pure/BackgroundJobs.kt) on the process's one
// Haven; a locked Haven (a quick exit, or an unlock code set) is left alone
// until the user opens it.
package org.haven.app.platform

import android.content.Context
import android.net.ConnectivityManager
import androidx.work.BackoffPolicy
import androidx.work.Constraints
import androidx.work.ExistingPeriodicWorkPolicy
import androidx.work.ExistingWorkPolicy
import androidx.work.NetworkType
import androidx.work.OneTimeWorkRequestBuilder
import androidx.work.PeriodicWorkRequestBuilder
import androidx.work.WorkManager
import androidx.work.Worker
import androidx.work.WorkerParameters
import java.util.concurrent.TimeUnit
import org.haven.app.pure.BackgroundJobs
import org.haven.app.pure.BackgroundNetworkRules
import org.haven.app.pure.BackgroundSchedule
import org.haven.app.pure.JobOutcome
import org.haven.app.pure.NetworkNeed
import org.haven.core.Haven
import org.haven.core.HavenException

/** WorkManager stops a worker after 10 minutes; each job ends well before. */
private const val SYNC_BUDGET_MS = 8 * 60 * 1000L
private const val OUTBOX_BUDGET_MS = 5 * 60 * 1000L

class SyncWorker(context: Context, params: WorkerParameters) : Worker(context, params) {
    override fun doWork(): Result =
        runJob(applicationContext) { haven, metered -> BackgroundJobs.sync(haven, SYNC_BUDGET_MS, metered) }
}

class OutboxWorker(context: Context, params: WorkerParameters) : Worker(context, params) {
    override fun doWork(): Result =
        runJob(applicationContext) { haven, metered -> BackgroundJobs.deliverOutbox(haven, OUTBOX_BUDGET_MS, metered) }
}

private fun runJob(context: Context, job: (Haven, Boolean) -> JobOutcome): androidx.work.ListenableWorker.Result {
    val outcome = try {
        job(HavenOpener.shared(context), isMetered(context))
    } catch (e: HavenException) {
        // No store yet, or its key is unavailable: nothing a retry can fix. Reasons are not logged.
        JobOutcome.NothingToDo
    }
    // WaitForWifi: a run enqueued before the user chose Wi-Fi only got mobile data. The periodic
    // work now waits for Wi-Fi (enqueued again when the choice changed), so no retry here.
    return if (outcome == JobOutcome.Retry) {
        androidx.work.ListenableWorker.Result.retry()
    } else {
        androidx.work.ListenableWorker.Result.success()
    }
}

/** Whether the network the run has costs the user per byte; no network counts as metered. */
private fun isMetered(context: Context): Boolean =
    context.getSystemService(ConnectivityManager::class.java)?.isActiveNetworkMetered ?: true

object BackgroundScheduler {
    private const val SYNC = "org.haven.sync"
    private const val OUTBOX_PERIODIC = "org.haven.outbox.periodic"
    private const val OUTBOX_NOW = "org.haven.outbox.now"
    private val plans = BackgroundSchedule()

    /**
     * Whenever Haven is open and the choice may be new: at app start, after
     * every unlock, after a wipe (back to any network) and when the user
     * flips the toggle. Enqueues a sync twice a day and an outbox check
     * every 6 hours, again only when the network they need changed. Call
     * off the main thread (it asks the core).
     */
    fun schedule(context: Context, haven: Haven) {
        val plan = plans.plan(haven) ?: return
        val work = WorkManager.getInstance(context)
        val sync = PeriodicWorkRequestBuilder<SyncWorker>(12, TimeUnit.HOURS)
            .setConstraints(constraints(plan.need))
            .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 10, TimeUnit.MINUTES)
            .build()
        work.enqueueUniquePeriodicWork(SYNC, ExistingPeriodicWorkPolicy.UPDATE, sync)
        val outbox = PeriodicWorkRequestBuilder<OutboxWorker>(6, TimeUnit.HOURS)
            .setConstraints(constraints(plan.need))
            .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 10, TimeUnit.MINUTES)
            .build()
        work.enqueueUniquePeriodicWork(OUTBOX_PERIODIC, ExistingPeriodicWorkPolicy.UPDATE, outbox)
        if (plan.redeliver) enqueueDelivery(context, plan.need)
    }

    /** After a report is submitted (Haven is open): deliver as soon as the chosen network is there. */
    fun deliverSoon(context: Context, haven: Haven) {
        enqueueDelivery(context, BackgroundNetworkRules.needFor(haven.backgroundNetwork()))
    }

    /** One delivery, retried with backoff; replaces one already waiting (perhaps for the old network). */
    private fun enqueueDelivery(context: Context, need: NetworkNeed) {
        val request = OneTimeWorkRequestBuilder<OutboxWorker>()
            .setConstraints(constraints(need))
            .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 30, TimeUnit.SECONDS)
            .build()
        WorkManager.getInstance(context).enqueueUniqueWork(OUTBOX_NOW, ExistingWorkPolicy.REPLACE, request)
    }

    private fun constraints(need: NetworkNeed): Constraints {
        val network = when (need) {
            NetworkNeed.Connected -> NetworkType.CONNECTED
            NetworkNeed.Unmetered -> NetworkType.UNMETERED
        }
        return Constraints.Builder().setRequiredNetworkType(network).build()
    }
}
