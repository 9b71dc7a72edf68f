// The router: draws the UiState the model holds. No logic beyond choosing
// the composable for the state.
package org.haven.app.ui

import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.safeDrawingPadding
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import org.haven.app.UiState
import org.haven.app.pure.ReportMove
import org.haven.app.pure.Screen
import org.haven.core.Answer
import org.haven.core.BackgroundNetwork
import org.haven.core.CalcKey
import org.haven.core.SafetySettings

/** What the screens can ask for; MainActivity passes them to the model and the platform. */
interface ShellActions {
    fun quickExit()
    fun navigate(screen: Screen)
    fun back()
    fun openLink(uri: String)
    fun search(query: String)
    fun unlock(code: String)
    fun press(key: CalcKey)
    fun noteChanged(text: String)
    fun weatherLongPress()
    fun saveSettings(settings: SafetySettings, disguiseId: String)
    fun setUnlockCode(current: String?, new: String, protectKey: Boolean)
    fun clearUnlockCode(current: String)
    fun setDuressCode(code: String?)
    fun wipe()
    fun setBackgroundNetwork(choice: BackgroundNetwork)
    fun newReport(helplineId: String)
    fun saveAnswers(draftId: String, answers: Map<String, Answer?>, move: ReportMove)
    fun editReport(draftId: String, step: UInt)
    fun submitReport(draftId: String)
    fun sendNow()
    fun cancelReport(id: String)
    fun deleteReport(id: String)
}

@Composable
fun HavenApp(state: UiState, actions: ShellActions) {
    MaterialTheme {
        Surface(Modifier.fillMaxSize()) {
            when (state) {
                // Blank, never a stale screen; the exit control has no label yet, so it is the system's back.
                UiState.Starting -> Box(Modifier.fillMaxSize())
                UiState.Failed -> Box(Modifier.fillMaxSize().safeDrawingPadding(), contentAlignment = Alignment.Center) {}
                is UiState.Unlock -> UnlockScreen(state.view, actions)
                is UiState.Calculator -> CalculatorScreen(state.view, actions)
                is UiState.Notes -> NotesCover(state.cover, actions)
                is UiState.Weather -> WeatherCover(state.cover, actions)
                is UiState.Home -> HomeScreen(state, actions)
                is UiState.Articles -> ArticlesScreen(state, actions)
                is UiState.Article -> ArticleScreen(state, actions)
                is UiState.Helplines -> HelplinesScreen(state, actions)
                is UiState.Search -> SearchScreen(state, actions)
                is UiState.Safety -> SafetyScreen(state, actions)
                is UiState.Outbox -> OutboxScreen(state, actions)
                is UiState.Report -> ReportFormScreen(state, actions)
                is UiState.Review -> ReviewScreen(state, actions)
            }
        }
    }
}
