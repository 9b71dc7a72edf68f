// The Android shell's background jobs (android/app/.../pure/BackgroundJobs.kt),
// which its WorkManager workers run: against a real Haven and the loopback
// hub, since no Android SDK exists on these machines.
package org.haven.journeys

import java.io.File
import org.haven.app.pure.BackgroundJobs
import org.haven.app.pure.JobOutcome
import org.haven.core.Answer
import org.haven.core.Haven
import org.haven.core.OpenOptions
import org.haven.core.ReportState

private const val BUDGET_MS = 60_000L

/** A report with only the required answer, sealed into the outbox; its id. */
private fun Haven.queueReport(): String {
    val id = reportForm("gb-modern-slavery-helpline").draftId
    setAnswer(id, "reporter_role", Answer.Choice("need_advice"))
    submitReport(id)
    return id
}

fun androidBackgroundJourneys(r: Runner) {
    val url = System.getenv("HAVEN_TEST_HUB") ?: error("HAVEN_TEST_HUB is not set")
    val downUrl = System.getenv("HAVEN_TEST_HUB_DOWN") ?: error("HAVEN_TEST_HUB_DOWN is not set")
    val roots = File(System.getenv("HAVEN_TEST_ROOTS") ?: error("HAVEN_TEST_ROOTS is not set")).readText()
    val options = OpenOptions(deviceLocales = listOf("en-GB"), region = "GB", trustRootJson = roots)

    r.journey("android: background jobs with nothing to do, or a locked Haven, do nothing") {
        Fixture().use(device()) { app ->
            check(BackgroundJobs.deliverOutbox(app, BUDGET_MS) == JobOutcome.NothingToDo) { "empty outbox" }
            check(BackgroundJobs.sync(app, BUDGET_MS) == JobOutcome.NothingToDo) { "no sync address saved" }
            app.queueReport()
            app.lock()
            check(BackgroundJobs.deliverOutbox(app, BUDGET_MS) == JobOutcome.NothingToDo) { "locked: left alone" }
            check(BackgroundJobs.sync(app, BUDGET_MS) == JobOutcome.NothingToDo) { "locked: no sync" }
        }
    }

    r.journey("android: background delivery asks for a retry while the helpline's intake is down") {
        Fixture().use(options) { app ->
            app.setSyncSource(downUrl)
            check(BackgroundJobs.sync(app, BUDGET_MS) == JobOutcome.Done) { "synced the content" }
            val id = app.queueReport()
            check(BackgroundJobs.deliverOutbox(app, BUDGET_MS) == JobOutcome.Retry) { "retry later" }
            check(app.outboxItem(id).state == ReportState.QUEUED) { "still queued" }
        }
    }

    r.journey("android: background sync and delivery reach the hub") {
        Fixture().use(options) { app ->
            app.setSyncSource(url)
            check(BackgroundJobs.sync(app, BUDGET_MS) == JobOutcome.Done) { "synced the content" }
            val id = app.queueReport()
            check(BackgroundJobs.deliverOutbox(app, BUDGET_MS) == JobOutcome.Done) { "delivered" }
            check(app.outboxItem(id).state == ReportState.RECEIVED) { "received by the hub" }
        }
    }
}
