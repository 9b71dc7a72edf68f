// The Android shell's background jobs (android/app/.../pure/BackgroundJobs.kt),
// which its WorkManager workers run: against a real Haven and the loopback
// hub, since no Android SDK exists on these machines.
package org.haven.journeys

import java.io.File
import org.haven.app.pure.BackgroundJobs
import org.haven.app.pure.BackgroundNetworkRules
import org.haven.app.pure.BackgroundSchedule
import org.haven.app.pure.JobOutcome
import org.haven.app.pure.NetworkNeed
import org.haven.app.pure.SchedulePlan
import org.haven.core.Answer
import org.haven.core.BackgroundNetwork
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
            check(BackgroundJobs.deliverOutbox(app, BUDGET_MS, metered = false) == JobOutcome.NothingToDo) { "empty outbox" }
            check(BackgroundJobs.sync(app, BUDGET_MS, metered = false) == JobOutcome.NothingToDo) { "no sync address saved" }
            app.queueReport()
            app.lock()
            check(BackgroundJobs.deliverOutbox(app, BUDGET_MS, metered = false) == JobOutcome.NothingToDo) { "locked: left alone" }
            check(BackgroundJobs.sync(app, BUDGET_MS, metered = false) == JobOutcome.NothingToDo) { "locked: no sync" }
        }
    }

    r.journey("android: background delivery asks for a retry while the helpline's intake is down") {
        Fixture().use(options) { app ->
            app.setSyncSource(downUrl)
            check(BackgroundJobs.sync(app, BUDGET_MS, metered = false) == JobOutcome.Done) { "synced the content" }
            val id = app.queueReport()
            check(BackgroundJobs.deliverOutbox(app, BUDGET_MS, metered = false) == JobOutcome.Retry) { "retry later" }
            check(app.outboxItem(id).state == ReportState.QUEUED) { "still queued" }
        }
    }

    r.journey("android: background sync and delivery reach the hub") {
        Fixture().use(options) { app ->
            app.setSyncSource(url)
            check(BackgroundJobs.sync(app, BUDGET_MS, metered = false) == JobOutcome.Done) { "synced the content" }
            val id = app.queueReport()
            check(BackgroundJobs.deliverOutbox(app, BUDGET_MS, metered = false) == JobOutcome.Done) { "delivered" }
            check(app.outboxItem(id).state == ReportState.RECEIVED) { "received by the hub" }
        }
    }

    r.journey("android: Wi-Fi only keeps background runs off mobile data, and they run on Wi-Fi") {
        Fixture().use(options) { app ->
            app.setSyncSource(url)
            app.setBackgroundNetwork(BackgroundNetwork.UNMETERED)
            check(BackgroundJobs.sync(app, BUDGET_MS, metered = true) == JobOutcome.WaitForWifi) { "no sync on mobile data" }
            check(app.contentFreshness().isEmpty()) { "nothing was fetched" }
            check(BackgroundJobs.sync(app, BUDGET_MS, metered = false) == JobOutcome.Done) { "synced on Wi-Fi" }
            val id = app.queueReport()
            check(BackgroundJobs.deliverOutbox(app, BUDGET_MS, metered = true) == JobOutcome.WaitForWifi) { "waits" }
            check(app.outboxItem(id).state == ReportState.QUEUED && app.outboxItem(id).attempts == 0u) { "not tried" }
            check(BackgroundJobs.deliverOutbox(app, BUDGET_MS, metered = false) == JobOutcome.Done) { "sent on Wi-Fi" }
            check(app.outboxItem(id).state == ReportState.RECEIVED) { "received by the hub" }
        }
    }

    r.journey("android: with any network chosen, background runs use mobile data") {
        Fixture().use(options) { app ->
            app.setSyncSource(url)
            check(BackgroundJobs.sync(app, BUDGET_MS, metered = true) == JobOutcome.Done) { "synced on mobile data" }
            val id = app.queueReport()
            check(BackgroundJobs.deliverOutbox(app, BUDGET_MS, metered = true) == JobOutcome.Done) { "delivered" }
            check(app.outboxItem(id).state == ReportState.RECEIVED) { "received by the hub" }
        }
    }

    r.journey("android: WorkManager's network follows the choice, enqueued again only when it changes") {
        Fixture().use(device()) { app ->
            val schedule = BackgroundSchedule()
            check(schedule.plan(app) == SchedulePlan(NetworkNeed.Connected, redeliver = false)) { "first: any network" }
            check(schedule.plan(app) == null) { "unchanged: nothing to enqueue" }
            app.setBackgroundNetwork(BackgroundNetworkRules.choiceFor(wifiOnly = true))
            check(schedule.plan(app) == SchedulePlan(NetworkNeed.Unmetered, redeliver = false)) { "Wi-Fi only" }
            app.queueReport()
            app.setBackgroundNetwork(BackgroundNetworkRules.choiceFor(wifiOnly = false))
            val plan = schedule.plan(app)
            check(plan == SchedulePlan(NetworkNeed.Connected, redeliver = true)) { "a waiting report is enqueued again: $plan" }
            app.setBackgroundNetwork(BackgroundNetwork.UNMETERED)
            app.lock()
            check(schedule.plan(app) == null) { "locked: what is enqueued stays" }
            app.resume()
            check(schedule.plan(app)?.need == NetworkNeed.Unmetered) { "on the next open, the change is enqueued" }
        }
    }

    r.journey("android: after a wipe the schedule goes back to any network") {
        Fixture().use(device()) { app ->
            val schedule = BackgroundSchedule()
            app.setBackgroundNetwork(BackgroundNetwork.UNMETERED)
            check(schedule.plan(app)?.need == NetworkNeed.Unmetered) { "Wi-Fi only" }
            app.wipe()
            check(schedule.plan(app) == SchedulePlan(NetworkNeed.Connected, redeliver = false)) { "fresh Haven, any network" }
        }
    }
}
