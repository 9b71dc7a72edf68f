// Background sync and report delivery with WorkManager: periodic runs that
// need a network (unmetered only when the user keeps Haven to Wi-Fi), and a
// one-off delivery right after a report is submitted. Each worker runs one
// job (pure/BackgroundJobs.kt) on the process's one Haven; a locked Haven
// (a quick exit, or an unlock code set) is left alone until the user opens it.
package org.haven.app.platform

import android.content.Context
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
import org.haven.app.pure.JobOutcome
import org.haven.core.Haven
import org.haven.core.HavenException

/** WorkManager stops a worker after 10 minutes; each job ends well before. */
private const val SYNC_BUDGET_MS = 8 * 60 * 1000L
private const val OUTBOX_BUDGET_MS = 5 * 60 * 1000L

class SyncWorker(context: Context, params: WorkerParameters) : Worker(context, params) {
    override fun doWork(): Result = runJob(applicationContext) { BackgroundJobs.sync(it, SYNC_BUDGET_MS) }
}

class OutboxWorker(context: Context, params: WorkerParameters) : Worker(context, params) {
    override fun doWork(): Result = runJob(applicationContext) { BackgroundJobs.deliverOutbox(it, OUTBOX_BUDGET_MS) }
}

private fun runJob(context: Context, job: (Haven) -> JobOutcome): androidx.work.ListenableWorker.Result {
    val outcome = try {
        job(HavenOpener.shared(context))
    } catch (e: HavenException) {
        // No store yet, or its key is unavailable: nothing a retry can fix. Reasons are not logged.
        JobOutcome.NothingToDo
    }
    return if (outcome == JobOutcome.Retry) {
        androidx.work.ListenableWorker.Result.retry()
    } else {
        androidx.work.ListenableWorker.Result.success()
    }
}

/** The shell's own background settings (the core has none for this). */
object BackgroundSettings {
    private const val PREFS = "org.haven.background"
    private const val WIFI_ONLY = "wifi_only"

    fun wifiOnly(context: Context): Boolean =
        context.getSharedPreferences(PREFS, Context.MODE_PRIVATE).getBoolean(WIFI_ONLY, false)

    fun setWifiOnly(context: Context, value: Boolean) {
        context.getSharedPreferences(PREFS, Context.MODE_PRIVATE).edit().putBoolean(WIFI_ONLY, value).apply()
        BackgroundScheduler.schedule(context)
    }
}

object BackgroundScheduler {
    private const val SYNC = "org.haven.sync"
    private const val OUTBOX_PERIODIC = "org.haven.outbox.periodic"
    private const val OUTBOX_NOW = "org.haven.outbox.now"

    /** Once per app start: a sync twice a day, the outbox checked every 6 hours. */
    fun schedule(context: Context) {
        val work = WorkManager.getInstance(context)
        val sync = PeriodicWorkRequestBuilder<SyncWorker>(12, TimeUnit.HOURS)
            .setConstraints(constraints(context))
            .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 10, TimeUnit.MINUTES)
            .build()
        work.enqueueUniquePeriodicWork(SYNC, ExistingPeriodicWorkPolicy.UPDATE, sync)
        val outbox = PeriodicWorkRequestBuilder<OutboxWorker>(6, TimeUnit.HOURS)
            .setConstraints(constraints(context))
            .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 10, TimeUnit.MINUTES)
            .build()
        work.enqueueUniquePeriodicWork(OUTBOX_PERIODIC, ExistingPeriodicWorkPolicy.UPDATE, outbox)
    }

    /** After a report is submitted: deliver as soon as there is a network, retrying with backoff. */
    fun deliverSoon(context: Context) {
        val request = OneTimeWorkRequestBuilder<OutboxWorker>()
            .setConstraints(constraints(context))
            .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 30, TimeUnit.SECONDS)
            .build()
        WorkManager.getInstance(context).enqueueUniqueWork(OUTBOX_NOW, ExistingWorkPolicy.REPLACE, request)
    }

    private fun constraints(context: Context): Constraints {
        val network = if (BackgroundSettings.wifiOnly(context)) NetworkType.UNMETERED else NetworkType.CONNECTED
        return Constraints.Builder().setRequiredNetworkType(network).build()
    }
}
