// Holds the one Haven object and turns the user's actions into core calls,
// one call per screen, off the UI thread (except `lock()`, which must be
// first and immediate). No decisions live here: the core makes them.
package org.haven.app

import android.app.Application
import androidx.lifecycle.AndroidViewModel
import androidx.lifecycle.viewModelScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.Job
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.haven.app.platform.BackgroundScheduler
import org.haven.app.platform.HavenOpener
import org.haven.app.platform.LauncherSwitcher
import org.haven.app.pure.BackStack
import org.haven.app.pure.ReportMove
import org.haven.app.pure.Screen
import org.haven.core.Answer
import org.haven.core.ArticleFilter
import org.haven.core.BackgroundNetwork
import org.haven.core.CalcKey
import org.haven.core.Cover
import org.haven.core.DeliveryResult
import org.haven.core.Haven
import org.haven.core.HavenException
import org.haven.core.LockListener
import org.haven.core.LockView
import org.haven.core.OutboxItem
import org.haven.core.OutboxListener
import org.haven.core.SafetySettings
import org.haven.core.TaskHandle
import org.haven.core.UnlockOutcome

class ShellModel(app: Application) : AndroidViewModel(app) {
    /** Core calls run one at a time, in order, off the UI thread. */
    @OptIn(kotlinx.coroutines.ExperimentalCoroutinesApi::class)
    private val core = Dispatchers.IO.limitedParallelism(1)
    private val stack = BackStack()
    @Volatile private var haven: Haven? = null
    private var lockEvents: TaskHandle? = null
    @Volatile private var lastOutcome: UnlockOutcome? = null
    @Volatile private var weatherPrompt = false
    private var searchJob: Job? = null
    /** The question whose answer the core just refused, and why (the core's text). */
    @Volatile private var refused: Pair<String, String>? = null
    private var delivery: TaskHandle? = null

    private val _state = MutableStateFlow<UiState>(UiState.Starting)
    val state: StateFlow<UiState> = _state

    init {
        viewModelScope.launch { withContext(core) { openHaven() } }
    }

    /** Quick exit: locks at once on this thread, forgets where the user was, draws the cover. */
    fun quickExit(): LockView? {
        val view = haven?.lock() ?: return null
        stack.reset()
        lastOutcome = null
        _state.value = UiState.Starting
        return view
    }

    fun navigate(screen: Screen) {
        refused = null
        stack.push(screen)
        onCore { render() }
    }

    /** `false` at Home: the system's back then leaves the app. */
    fun back(): Boolean {
        if (!stack.pop()) return false
        refused = null
        onCore { render() }
        return true
    }

    fun unlock(code: String) = onCore {
        lastOutcome = it.unlock(code)
        render()
    }

    fun press(key: CalcKey) = onCore {
        val view = it.calculatorPress(key)
        _state.value = if (view.unlocked) UiState.Starting else UiState.Calculator(view)
        if (view.unlocked) render()
    }

    /** Text typed into the notes disguise: the core tries it only when it is a whole code. */
    fun noteChanged(text: String) = onCore {
        if (it.noteTyped(text)) render()
    }

    fun weatherLongPress() {
        weatherPrompt = true
        onCore { render() }
    }

    fun search(query: String) {
        searchJob?.cancel()
        searchJob = onCore {
            delay(SEARCH_PAUSE_MS)
            _state.value = UiState.Search(it.shellStrings(), query, it.search(query))
        }
    }

    fun saveSettings(settings: SafetySettings, disguiseId: String) = safetyChange {
        it.setSafetySettings(settings)
        LauncherSwitcher.apply(getApplication<Application>(), disguiseId)
    }

    fun setUnlockCode(current: String?, new: String, protectKey: Boolean) =
        safetyChange { it.setUnlockCode(current, new, protectKey) }

    fun clearUnlockCode(current: String) = safetyChange {
        it.clearUnlockCode(current)
        LauncherSwitcher.apply(getApplication<Application>(), "haven")
    }

    fun setDuressCode(code: String?) = safetyChange { it.setDuressCode(code) }

    /** A wipe resets the background network choice too: the schedule follows. */
    fun wipe() = safetyChange {
        it.wipe()
        BackgroundScheduler.schedule(getApplication<Application>(), it)
    }

    /** The "Wi-Fi only" toggle: saved in the core, then WorkManager's work is enqueued with the new network. */
    fun setBackgroundNetwork(choice: BackgroundNetwork) = safetyChange {
        it.setBackgroundNetwork(choice)
        BackgroundScheduler.schedule(getApplication<Application>(), it)
    }

    /** A new report to a helpline (or the draft already open for it). */
    fun newReport(helplineId: String) = onCore {
        val view = it.reportForm(helplineId)
        refused = null
        stack.push(Screen.Report(view.draftId))
        render()
    }

    /** Saves what was typed on a step, then moves; a refused answer keeps the user on the step. */
    fun saveAnswers(draftId: String, answers: Map<String, Answer?>, move: ReportMove) = onCore {
        refused = null
        for ((fieldId, answer) in answers) {
            try {
                it.setAnswer(draftId, fieldId, answer)
            } catch (e: HavenException.InvalidAnswer) {
                refused = e.fieldId to e.text
                render()
                return@onCore
            }
        }
        when (move) {
            is ReportMove.ToStep -> it.setReportStep(draftId, move.step)
            ReportMove.ToReview -> stack.push(Screen.Review(draftId))
        }
        render()
    }

    /** From the review: back to the form at the step holding that answer. */
    fun editReport(draftId: String, step: UInt) = onCore {
        it.setReportStep(draftId, step)
        stack.backTo(Screen.Report(draftId))
        render()
    }

    /** Seals and queues the report, asks WorkManager to deliver it, shows the outbox. */
    fun submitReport(draftId: String) = onCore {
        it.submitReport(draftId)
        BackgroundScheduler.deliverSoon(getApplication<Application>(), it)
        stack.backTo(Screen.Outbox)
        render()
    }

    /** "Send now" on the outbox: delivers while the screen shows, redrawing on every change. */
    fun sendNow() = onCore { h ->
        delivery?.close()
        delivery = h.startDelivery(false, object : OutboxListener {
            override fun onChange(item: OutboxItem) {
                onCore { render() }
            }
            override fun onFinished(result: DeliveryResult) {
                onCore { render() }
            }
            override fun onFailed(error: HavenException) {
                onCore { render() }
            }
        })
    }

    fun cancelReport(id: String) = onCore {
        it.cancelReport(id)
        render()
    }

    fun deleteReport(id: String) = onCore {
        it.deleteDraft(id)
        render()
    }

    fun backgrounded() {
        haven?.appBackgrounded()
    }

    /** The first frame after a return is drawn from the core's lock view, never from what was showing. */
    fun foregrounded() {
        val view = haven?.appForegrounded() ?: return
        if (view.locked) _state.value = UiState.Starting
        onCore { render(returning = true) }
    }

    private fun safetyChange(change: (Haven) -> Unit) = onCore {
        val notice = try {
            change(it)
            it.safetyView().saved
        } catch (e: HavenException.Safety) {
            // The core's reasons are for developers; the screen shows the generic text.
            it.shellStrings().errorGeneric
        }
        _state.value = UiState.Safety(it.shellStrings(), it.safetyView(), notice)
    }

    /**
     * Draws what the core says: the cover while locked, else the current
     * screen. `returning`: the user came back to the app, the one moment a
     * Haven without a code reopens (never right after a quick exit).
     */
    private fun render(returning: Boolean = false) {
        val h = haven ?: return
        val lock = h.lockView()
        _state.value = if (lock.locked) locked(h, lock.cover, returning) else open(h, stack.current)
    }

    private fun locked(h: Haven, cover: Cover, returning: Boolean): UiState = when (cover) {
        Cover.NOTHING -> if (returning) {
            h.resume()
            open(h, stack.current)
        } else {
            UiState.Starting
        }
        Cover.CODE_PROMPT -> UiState.Unlock(h.unlockView(lastOutcome))
        Cover.CALCULATOR -> UiState.Calculator(h.calculator())
        Cover.NOTES -> UiState.Notes(h.coverView())
        Cover.WEATHER -> if (weatherPrompt) UiState.Unlock(h.unlockView(lastOutcome)) else UiState.Weather(h.coverView())
    }

    private fun open(h: Haven, screen: Screen): UiState {
        val shell = h.shellStrings()
        return when (screen) {
            Screen.Home -> UiState.Home(shell, h.home())
            is Screen.Articles -> UiState.Articles(shell, h.articles(ArticleFilter(category = screen.category)))
            is Screen.Article -> UiState.Article(shell, h.article(screen.id))
            is Screen.Helplines -> UiState.Helplines(shell, h.helplines(screen.region))
            Screen.Search -> UiState.Search(shell, "", h.search(""))
            Screen.Safety -> UiState.Safety(shell, h.safetyView())
            Screen.Outbox -> UiState.Outbox(shell, h.outbox())
            is Screen.Report -> UiState.Report(shell, h.reportDraft(screen.draftId), refused)
            is Screen.Review -> UiState.Review(shell, h.reportReview(screen.draftId))
        }
    }

    private fun openHaven() {
        val app = getApplication<Application>()
        val opened = try {
            HavenOpener.shared(app)
        } catch (e: HavenException) {
            _state.value = UiState.Failed
            return
        }
        haven = opened
        // Does nothing while locked: the background network choice is read at the first unlock.
        BackgroundScheduler.schedule(app, opened)
        // Locks that start elsewhere (auto-lock, the calculator's `=`) redraw the screen.
        lockEvents = opened.subscribeLockEvents(object : LockListener {
            override fun onLockChange(view: LockView) {
                if (!view.locked) weatherPrompt = false
                onCore {
                    // Open again (a duress code too, which resets the choice): the schedule follows it.
                    if (!view.locked) BackgroundScheduler.schedule(app, it)
                    render()
                }
            }
        })
        onCore { render() }
    }

    /** Runs `body` with the open Haven on the core thread. A lock mid-way redraws the cover. */
    private fun onCore(body: suspend (Haven) -> Unit): Job = viewModelScope.launch {
        withContext(core) {
            val h = haven ?: return@withContext
            try {
                body(h)
            } catch (e: HavenException.Locked) {
                render()
            } catch (e: HavenException) {
                // Reasons are for developers and are not shown or logged; the screen stays as it was.
            }
        }
    }

    override fun onCleared() {
        lockEvents?.close()
        delivery?.close()
        // The Haven object is the process's (platform/HavenOpener.kt): background work may still use it.
    }

    private companion object {
        const val SEARCH_PAUSE_MS = 250L
    }
}
