// Safety through the bindings: quick exit and the covers, unlock with
// backoff, the calculator disguise, the duress code, panic wipe, settings
// and lock events (docs/safety.md is the contract).
package org.haven.journeys

import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit
import org.haven.core.CalcKey
import org.haven.core.Cover
import org.haven.core.Disguise
import org.haven.core.Haven
import org.haven.core.HavenException
import org.haven.core.LockListener
import org.haven.core.LockView
import org.haven.core.Op
import org.haven.core.UnlockOutcome

private const val CODE = "2468"
private const val DURESS = "1357"

/** Types `text` on the calculator, one key per character. */
private fun Haven.type(text: String) =
    text.map { c ->
        when (c) {
            in '0'..'9' -> CalcKey.Digit((c - '0').toUByte())
            '+' -> CalcKey.Operator(Op.ADD)
            '*' -> CalcKey.Operator(Op.MULTIPLY)
            '=' -> CalcKey.Equals
            else -> error("no key for $c")
        }
    }.map { calculatorPress(it) }.last()

/** Forwards lock changes to a queue the journey reads. */
private class QueueListener : LockListener {
    val heard = LinkedBlockingQueue<LockView>()

    override fun onLockChange(view: LockView) {
        heard.put(view)
    }
}

fun safetyJourneys(r: Runner) {
    r.journey("quick exit locks behind the code prompt; a wrong code is refused, the right one opens") {
        Fixture().use { haven ->
            haven.setUnlockCode(null, CODE, false)
            val view = haven.lock()
            check(view.locked && view.cover == Cover.CODE_PROMPT) { "locked behind the prompt: $view" }
            expectThrows<HavenException.Locked> { haven.home() }
            val wrong = haven.unlock("0000")
            check(wrong is UnlockOutcome.WrongCode) { "wrong code: $wrong" }
            check(haven.unlockView(wrong).message != null) { "the prompt says the code was wrong" }
            check(haven.unlock(CODE) == UnlockOutcome.Unlocked) { "the right code opens" }
            check(haven.home().title.isNotBlank()) { "home again" }
        }
    }

    r.journey("wrong codes back off, and during the wait even the right code is not tried") {
        Fixture().use { haven ->
            haven.setUnlockCode(null, CODE, false)
            haven.lock()
            val outcomes = (1..3).map { haven.unlock("9999") }
            val last = outcomes.last()
            check(last is UnlockOutcome.WrongCode && last.waitSecs > 0uL) { "a wait after three: $outcomes" }
            val waiting = haven.unlock(CODE)
            check(waiting is UnlockOutcome.Wait && waiting.waitSecs > 0uL) { "the right code waits too: $waiting" }
            check(!haven.isUnlocked()) { "still locked" }
            val e = expectThrows<HavenException.Safety> { haven.unlock("12ab") }
            check(!e.reason.contains("12ab")) { "the reason does not echo the code: ${e.reason}" }
        }
    }

    r.journey("the calculator disguise computes, and the code then = opens Haven") {
        Fixture().use { haven ->
            haven.setUnlockCode(null, CODE, false)
            haven.setSafetySettings(haven.safetySettings().copy(disguise = Disguise.CALCULATOR))
            check(haven.lock().cover == Cover.CALCULATOR) { "the calculator covers Haven" }
            val sum = haven.type("12+3*4=")
            check(sum.display == "24" && !sum.unlocked) { "12 + 3 × 4 = 24, got ${sum.display}" }
            val labels = sum.rows.flatten().map { it.accessibilityLabel }
            check(labels.all { it.isNotBlank() } && labels.size == 24) { "every key is labelled" }
            check(!haven.isUnlocked()) { "a sum opens nothing" }
            val opened = haven.type("$CODE=")
            check(opened.unlocked && haven.isUnlocked()) { "the code and = open Haven" }
        }
    }

    r.journey("the notes disguise draws its cover while locked, and the code typed there opens Haven") {
        Fixture().use { haven ->
            haven.setUnlockCode(null, CODE, false)
            haven.setSafetySettings(haven.safetySettings().copy(disguise = Disguise.NOTES))
            check(haven.lock().cover == Cover.NOTES) { "the notes cover" }
            val cover = haven.coverView()
            check(cover.notesTitle.isNotBlank() && cover.notesPlaceholder.isNotBlank()) { "worded while locked: $cover" }
            val typed = listOf("2", "24", "246", "buy milk", "24689")
            check(typed.none { haven.noteTyped(it) } && !haven.isUnlocked()) { "a note is only a note" }
            check(haven.noteTyped(CODE) && haven.isUnlocked()) { "the whole code opens at once: no wait was owed" }
        }
    }

    r.journey("the duress code answers like the real one and Haven comes back fresh") {
        Fixture().use(device(region = null)) { haven ->
            haven.setUnlockCode(null, CODE, false)
            haven.setDuressCode(DURESS)
            haven.setRegion("GB")
            haven.lock()
            check(haven.unlock(DURESS) == UnlockOutcome.Unlocked) { "answers Unlocked" }
            check(haven.home().region == null) { "the saved region went with the wipe" }
            check(haven.packVersion("builtin") != null) { "the built-in content is back" }
            check(haven.lock().cover == Cover.CODE_PROMPT) { "the codes stay, so nothing looks different" }
            check(haven.unlock(CODE) == UnlockOutcome.Unlocked) { "the real code opens the fresh Haven" }
        }
    }

    r.journey("panic wipe leaves a fresh Haven open") {
        Fixture().use(device(region = null)) { haven ->
            haven.setRegion("GB")
            haven.wipe()
            check(haven.isUnlocked()) { "open after the wipe" }
            check(haven.home().region == null) { "nothing saved survives" }
        }
    }

    r.journey("impossible settings raise HavenException.Safety; auto-lock at 0 locks on leaving") {
        Fixture().use { haven ->
            val settings = haven.safetySettings()
            expectThrows<HavenException.Safety> { haven.setSafetySettings(settings.copy(disguise = Disguise.NOTES)) }
            expectThrows<HavenException.Safety> { haven.setDuressCode(DURESS) }
            haven.setSafetySettings(settings.copy(autoLockAfterSecs = 0u))
            check(haven.appBackgrounded().locked) { "locked as the app left" }
            check(haven.appForegrounded().cover == Cover.NOTHING) { "no code: nothing to cover" }
            haven.resume()
            check(haven.isUnlocked()) { "resume opens a Haven without a code" }
            val view = haven.safetyView()
            check(view.disguises.map { it.id } == listOf("haven", "calculator", "notes", "weather")) { "disguise ids" }
            check(view.disguises.filter { it.enabled }.map { it.disguise } == listOf(Disguise.HAVEN)) { "needs a code" }
        }
    }

    r.journey("a lock listener hears the lock, and nothing once its handle is closed") {
        Fixture().use { haven ->
            val listener = QueueListener()
            val handle = haven.subscribeLockEvents(listener)
            haven.lock()
            val heard = listener.heard.poll(5, TimeUnit.SECONDS)
            check(heard != null && heard.locked) { "the lock arrived: $heard" }
            haven.resume()
            check(listener.heard.poll(5, TimeUnit.SECONDS)?.locked == false) { "and the return" }
            handle.close()
            haven.lock()
            check(listener.heard.poll(300, TimeUnit.MILLISECONDS) == null) { "silent after close()" }
        }
    }
}
