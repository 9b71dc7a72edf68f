// Report a concern, end to end: a draft filled in, changed and reloaded,
// sealed into the outbox and delivered to the loopback hub's intake, which
// `haven-hub reports list/export` then shows holding exactly that report.
// The hub's signed content points the form at its intake and its helpline
// key; the phone learns both by a verified sync.
package org.haven.journeys

import java.io.File
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import org.haven.core.Answer
import org.haven.core.ContactAnswer
import org.haven.core.ContactMode
import org.haven.core.DeliveryResult
import org.haven.core.Haven
import org.haven.core.HavenException
import org.haven.core.Location
import org.haven.core.OpenOptions
import org.haven.core.OutboxItem
import org.haven.core.OutboxListener
import org.haven.core.PlaceAnswer
import org.haven.core.ReportState
import org.haven.core.SyncListener
import org.haven.core.SyncResult

private const val HELPLINE = "gb-modern-slavery-helpline"

private class Deliveries : OutboxListener {
    val changes = mutableListOf<OutboxItem>()
    @Volatile var result: DeliveryResult? = null
    @Volatile var error: HavenException? = null
    val done = CountDownLatch(1)

    override fun onChange(item: OutboxItem) {
        synchronized(changes) { changes.add(item) }
    }

    override fun onFinished(result: DeliveryResult) {
        this.result = result
        done.countDown()
    }

    override fun onFailed(error: HavenException) {
        this.error = error
        done.countDown()
    }

    fun states() = synchronized(changes) { changes.map { it.state } }

    fun changes() = synchronized(changes) { changes.toList() }
}

private class SyncDone : SyncListener {
    @Volatile var failure: HavenException? = null
    val done = CountDownLatch(1)

    override fun onProgress(text: String) {}

    override fun onFinished(result: SyncResult) = done.countDown()

    override fun onFailed(error: HavenException, text: String) {
        failure = error
        done.countDown()
    }
}

private fun Haven.syncFrom(url: String) {
    setSyncSource(url)
    val listener = SyncDone()
    startSync(true, listener).use { check(listener.done.await(120, TimeUnit.SECONDS)) { "the sync finished" } }
    check(listener.failure == null) { "the sync worked: ${listener.failure}" }
}

private fun Haven.deliver(singleAttempt: Boolean): Deliveries {
    val listener = Deliveries()
    startDelivery(singleAttempt, listener).use {
        check(listener.done.await(120, TimeUnit.SECONDS)) { "the delivery run finished" }
    }
    check(listener.error == null) { "the run did not fail as a whole: ${listener.error}" }
    return listener
}

/** Answers the form's questions; `people` carries `canary`. Returns the draft id. */
private fun Haven.fillIn(canary: String): String {
    val id = reportForm(HELPLINE).draftId
    setAnswer(id, "reporter_role", Answer.Choice("saw_something"))
    setAnswer(id, "control_methods", Answer.MultiChoice(listOf("documents_withheld", "debt_bondage")))
    setAnswer(id, "work_type", Answer.Choice("car_wash"))
    val place = PlaceAnswer("Hand car wash behind the retail park", "LS1", Location(53.79612, -1.54785))
    setAnswer(id, "place", Answer.Place(place))
    setAnswer(id, "when", Answer.Datetime("2026-11-20T18:00"))
    setAnswer(id, "people", Answer.Text("Four young men, $canary"))
    val contact = ContactAnswer(ContactMode.PHONE, "07911 123456", "weekdays after 6pm", false)
    setAnswer(id, "contact", Answer.Contact(contact))
    return id
}

private fun hubTool(vararg args: String): String {
    val bin = System.getenv("HAVEN_TEST_HUB_BIN") ?: error("HAVEN_TEST_HUB_BIN is not set")
    val process = ProcessBuilder(listOf(bin) + args).redirectError(ProcessBuilder.Redirect.DISCARD).start()
    val out = process.inputStream.bufferedReader().readText()
    check(process.waitFor() == 0) { "haven-hub ${args.first()} ${args[1]} succeeded" }
    return out
}

fun reportJourneys(runner: Runner) {
    val url = System.getenv("HAVEN_TEST_HUB") ?: error("HAVEN_TEST_HUB is not set")
    val downUrl = System.getenv("HAVEN_TEST_HUB_DOWN") ?: error("HAVEN_TEST_HUB_DOWN is not set")
    val intakeDb = System.getenv("HAVEN_TEST_INTAKE_DB") ?: error("HAVEN_TEST_INTAKE_DB is not set")
    val helplineKey = System.getenv("HAVEN_TEST_HELPLINE_KEY") ?: error("HAVEN_TEST_HELPLINE_KEY is not set")
    val roots = File(System.getenv("HAVEN_TEST_ROOTS") ?: error("HAVEN_TEST_ROOTS is not set")).readText()
    val options = OpenOptions(deviceLocales = listOf("en-GB"), region = "GB", timeZone = "Europe/London", trustRootJson = roots)

    runner.journey("a report draft is kept, changed, reloaded, sealed and delivered to the hub once") {
        val fixture = Fixture()
        try {
            val canary = "kotlin-canary-${System.nanoTime()}"
            val id = fixture.open(options).use { app ->
                app.syncFrom(url)
                check(app.outbox().newReports.any { it.helplineId == HELPLINE }) { "the helpline takes reports" }
                val id = app.fillIn("first words")
                val changed = app.setAnswer(id, "people", Answer.Text("Four young men, $canary"))
                check(changed.draftId == id) { "the same draft" }
                check(app.reportForm(HELPLINE).draftId == id) { "the form resumes the open draft" }
                id
            }
            fixture.open(options).use { app ->
                val reloaded = app.setReportStep(id, 5u)
                val people = app.setReportStep(id, 4u).fields.single { it.id == "people" }
                check(people.value == Answer.Text("Four young men, $canary")) { "the edit outlived a restart" }
                check(reloaded.stepIndex == 5u) { "every step is reachable: ${reloaded.progressText}" }
                val draftItem = app.outbox().items.single { it.id == id }
                check(draftItem.state == ReportState.DRAFT && draftItem.canEdit) { "listed as a draft" }
                val review = app.reportReview(id)
                check(review.canSubmit && review.problemsText == null) { "ready to send: ${review.problemsText}" }
                check(review.items.any { it.valueText.contains(canary) }) { "the review shows the answers" }

                val queued = app.submitReport(id)
                check(queued.state == ReportState.QUEUED) { "sealed and queued: ${queued.state}" }
                expectThrows<HavenException.ReportRefused> {
                    app.setAnswer(id, "people", Answer.Text("too late"))
                }

                val run = app.deliver(singleAttempt = false)
                check(run.result!!.delivered == 1u && run.result!!.waiting == 0u) { "delivered: ${run.result}" }
                check(run.result!!.text.isNotEmpty()) { "a summary line" }
                check(ReportState.RECEIVED in run.states()) { "the listener heard it arrive: ${run.states()}" }
                val item = app.outboxItem(id)
                check(item.state == ReportState.RECEIVED) { "received: ${item.state}" }
                val reference = item.reference ?: error("the hub gave a reference")
                check(item.referenceText!!.contains(reference)) { "the reference is shown" }
                check(app.outbox().items.none { it.state == ReportState.QUEUED }) { "nothing left to send" }

                val again = app.deliver(singleAttempt = false)
                check(again.result!!.delivered == 0u) { "nothing is sent twice" }

                val listed = hubTool("reports", "list", "--db", intakeDb).lines()
                check(listed.count { it.startsWith(reference) } == 1) { "the hub holds it once: $listed" }
                val exported = hubTool("reports", "export", "--db", intakeDb, "--identity", helplineKey, "--format", "json")
                check(exported.contains(canary)) { "the helpline's key opens it with the edited answer" }

                app.deleteDraft(id)
                check(app.outbox().items.none { it.id == id }) { "the receipt can be forgotten" }
            }
        } finally {
            fixture.dir.deleteRecursively()
        }
    }

    runner.journey("a refused answer raises InvalidAnswer and the draft keeps what it had") {
        Fixture().use(device()) { app ->
            val id = app.reportForm(HELPLINE).draftId
            app.setAnswer(id, "when", Answer.Datetime("2026-11-20T18:00"))
            val e = expectThrows<HavenException.InvalidAnswer> {
                app.setAnswer(id, "when", Answer.Datetime("not a date"))
            }
            check(e.fieldId == "when" && e.text.isNotEmpty()) { "names the question, says why: $e" }
            check(!e.reason.contains("not a date") && !e.text.contains("not a date")) { "never echoes the answer" }
            val review = app.reportReview(id)
            val kept = review.items.single { it.fieldId == "when" }
            check(kept.answered && kept.valueText.isNotEmpty()) { "the earlier answer is kept: $kept" }
            check(!review.canSubmit && review.problemsText != null) { "the required question is missing" }
            expectThrows<HavenException.InvalidAnswer> { app.setAnswer(id, "reporter_role", Answer.Choice("nope")) }
            expectThrows<HavenException.ReportRefused> { app.submitReport(id) } // reporter_role is required
            expectThrows<HavenException.NotFound> { app.reportForm("no-such-helpline") }
            check(app.outbox().items.single().id == id) { "the draft is still there" }
        }
    }

    runner.journey("with the hub down, delivery fails cleanly and the report waits in the outbox") {
        Fixture().use(options) { app ->
            app.syncFrom(downUrl)
            val id = app.fillIn("nobody hears this")
            app.submitReport(id)
            val run = app.deliver(singleAttempt = true)
            check(run.result!!.delivered == 0u && run.result!!.waiting == 1u) { "still waiting: ${run.result}" }
            val item = app.outboxItem(id)
            check(item.state == ReportState.QUEUED && item.attempts == 1u) { "queued after one try: $item" }
            check(item.reference == null && item.canCancel) { "no reference; it can be taken back" }
            val view = app.cancelReport(id)
            check(view.items.single { it.id == id }.state == ReportState.DRAFT) { "a draft again" }
        }
    }

    runner.journey("closing the delivery handle stops the run between retries; the report stays queued") {
        Fixture().use(options) { app ->
            app.syncFrom(downUrl)
            val id = app.fillIn("stopped mid-way")
            app.submitReport(id)
            val listener = Deliveries()
            val handle = app.startDelivery(false, listener)
            val deadline = System.nanoTime() + 30_000_000_000L
            while (listener.changes().none { it.state == ReportState.QUEUED && it.attempts == 1u }) {
                check(System.nanoTime() < deadline) { "the first attempt failed: ${listener.states()}" }
                Thread.sleep(10)
            }
            handle.close()
            // The first retry would come within 2 s.
            Thread.sleep(3_000)
            check(listener.done.count == 1L) { "nothing finished after close: ${listener.result}" }
            val item = app.outboxItem(id)
            check(item.state == ReportState.QUEUED && item.attempts == 1u) { "no further attempt: $item" }
        }
    }
}
