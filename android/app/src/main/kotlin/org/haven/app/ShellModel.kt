// Holds the one Haven object and turns the user's actions into core calls,
// one call per screen, off the UI thread (except `lock()`, which must be
// first and immediate). No decisions live here: the core makes them.
package org.haven.app

import android.app.Application
import androidx.lifecycle.AndroidViewModel
import androidx.lifecycle.viewModelScope
import java.util.Locale
import java.util.TimeZone
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.Job
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.haven.app.platform.KeystoreSecretStore
import org.haven.app.platform.LauncherSwitcher
import org.haven.app.pure.BackStack
import org.haven.app.pure.Screen
import org.haven.core.ArticleFilter
import org.haven.core.CalcKey
import org.haven.core.Cover
import org.haven.core.Haven
import org.haven.core.HavenException
import org.haven.core.LockListener
import org.haven.core.LockView
import org.haven.core.OpenOptions
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
        stack.push(screen)
        onCore { render() }
    }

    /** `false` at Home: the system's back then leaves the app. */
    fun back(): Boolean {
        if (!stack.pop()) return false
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

    fun wipe() = safetyChange { it.wipe() }

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
        }
    }

    private fun openHaven() {
        val app = getApplication<Application>()
        val locale = Locale.getDefault()
        val options = OpenOptions(
            deviceLocales = listOf(locale.toLanguageTag()),
            timeZone = TimeZone.getDefault().id,
            region = locale.country.takeIf { it.length == 2 },
        )
        val opened = try {
            Haven.open(app.noBackupFilesDir.resolve("haven").path, KeystoreSecretStore.create(app), options)
        } catch (e: HavenException) {
            _state.value = UiState.Failed
            return
        }
        haven = opened
        // Locks that start elsewhere (auto-lock, the calculator's `=`) redraw the screen.
        lockEvents = opened.subscribeLockEvents(object : LockListener {
            override fun onLockChange(view: LockView) {
                if (!view.locked) weatherPrompt = false
                onCore { render() }
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
        haven?.close()
    }

    private companion object {
        const val SEARCH_PAUSE_MS = 250L
    }
}
