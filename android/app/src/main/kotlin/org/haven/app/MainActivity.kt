// The one activity. Platform effects only: FLAG_SECURE (no screenshots,
// blank in recent apps), lifecycle reports for auto-lock, the quick exit's
// `finishAndRemoveTask()`, opening links. Everything shown comes from the
// model's UiState.
package org.haven.app

import android.os.Build
import android.os.Bundle
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.OnBackPressedCallback
import androidx.activity.compose.setContent
import androidx.activity.viewModels
import androidx.compose.runtime.getValue
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import org.haven.app.platform.Links
import org.haven.app.pure.ExitEffect
import org.haven.app.pure.ExitPlan
import org.haven.app.pure.ReportMove
import org.haven.app.pure.Screen
import org.haven.app.ui.HavenApp
import org.haven.app.ui.ShellActions
import org.haven.core.Answer
import org.haven.core.BackgroundNetwork
import org.haven.core.CalcKey
import org.haven.core.SafetySettings

class MainActivity : ComponentActivity(), ShellActions {
    private val model: ShellModel by viewModels()

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        // No screenshots or screen recording, and a blank card in recent apps (MASVS-PLATFORM-3).
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) setRecentsScreenshotEnabled(false)
        onBackPressedDispatcher.addCallback(this, object : OnBackPressedCallback(true) {
            override fun handleOnBackPressed() {
                if (!model.back()) moveTaskToBack(true)
            }
        })
        setContent {
            val state by model.state.collectAsStateWithLifecycle()
            HavenApp(state, this)
        }
    }

    override fun onStart() {
        super.onStart()
        model.foregrounded()
    }

    override fun onStop() {
        model.backgrounded()
        super.onStop()
    }

    /** Quick exit: lock first, then cover, the neutral page if chosen, and out of recent apps. */
    override fun quickExit() {
        val view = model.quickExit()
        val effects = if (view != null) ExitPlan.effects(view) else listOf(ExitEffect.CloseTask)
        for (effect in effects) {
            when (effect) {
                is ExitEffect.ShowCover -> Unit // the model already replaced the screen
                is ExitEffect.OpenPage -> Links.open(this, effect.url)
                ExitEffect.CloseTask -> finishAndRemoveTask()
            }
        }
    }

    override fun navigate(screen: Screen) = model.navigate(screen)
    override fun back() {
        if (!model.back()) moveTaskToBack(true)
    }
    override fun openLink(uri: String) {
        Links.open(this, uri)
    }
    override fun search(query: String) = model.search(query)
    override fun unlock(code: String) {
        model.unlock(code)
    }
    override fun press(key: CalcKey) {
        model.press(key)
    }
    override fun noteChanged(text: String) {
        model.noteChanged(text)
    }
    override fun weatherLongPress() = model.weatherLongPress()
    override fun saveSettings(settings: SafetySettings, disguiseId: String) {
        model.saveSettings(settings, disguiseId)
    }
    override fun setUnlockCode(current: String?, new: String, protectKey: Boolean) {
        model.setUnlockCode(current, new, protectKey)
    }
    override fun clearUnlockCode(current: String) {
        model.clearUnlockCode(current)
    }
    override fun setDuressCode(code: String?) {
        model.setDuressCode(code)
    }
    override fun wipe() {
        model.wipe()
    }
    override fun setBackgroundNetwork(choice: BackgroundNetwork) {
        model.setBackgroundNetwork(choice)
    }
    override fun newReport(helplineId: String) {
        model.newReport(helplineId)
    }
    override fun saveAnswers(draftId: String, answers: Map<String, Answer?>, move: ReportMove) {
        model.saveAnswers(draftId, answers, move)
    }
    override fun editReport(draftId: String, step: UInt) {
        model.editReport(draftId, step)
    }
    override fun submitReport(draftId: String) {
        model.submitReport(draftId)
    }
    override fun sendNow() {
        model.sendNow()
    }
    override fun cancelReport(id: String) {
        model.cancelReport(id)
    }
    override fun deleteReport(id: String) {
        model.deleteReport(id)
    }
}
