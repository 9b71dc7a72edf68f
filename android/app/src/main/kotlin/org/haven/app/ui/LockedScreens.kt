// What shows while Haven is locked: the code prompt, the blank note and
// the forecast card. The note and the card look like nothing but
// themselves; no quick-exit control on them, since they are the cover.
package org.haven.app.ui

import androidx.compose.foundation.ExperimentalFoundationApi
import androidx.compose.foundation.combinedClickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.safeDrawingPadding
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import org.haven.core.CoverView
import org.haven.core.UnlockView

@Composable
fun UnlockScreen(view: UnlockView, actions: ShellActions) {
    var code by remember { mutableStateOf("") }
    val min = view.minDigits.toInt()
    Directional(view.locale) {
        Column(
            Modifier.fillMaxSize().safeDrawingPadding().padding(24.dp),
            verticalArrangement = Arrangement.spacedBy(16.dp),
        ) {
            Text(view.title, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
            CodeField(code, { code = it }, view.codeLabel, view.maxDigits.toInt(), Modifier.fillMaxWidth())
            view.message?.let {
                Text(it, color = MaterialTheme.colorScheme.error, modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite })
            }
            Button(
                onClick = {
                    actions.unlock(code)
                    code = ""
                },
                enabled = code.length >= min,
            ) { Text(view.submit) }
            ExitButton(view.quickExit, view.quickExit, actions::quickExit)
        }
    }
}

@Composable
fun NotesCover(cover: CoverView, actions: ShellActions) {
    var text by remember { mutableStateOf("") }
    Directional(cover.locale) {
        Column(Modifier.fillMaxSize().safeDrawingPadding().padding(16.dp)) {
            Text(cover.notesTitle, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
            PrivateField(
                value = text,
                onChange = {
                    text = it
                    actions.noteChanged(it)
                },
                label = cover.notesPlaceholder,
                singleLine = false,
                modifier = Modifier.fillMaxWidth().padding(top = 16.dp),
            )
        }
    }
}

@OptIn(ExperimentalFoundationApi::class)
@Composable
fun WeatherCover(cover: CoverView, actions: ShellActions) {
    Directional(cover.locale) {
        Column(Modifier.fillMaxSize().safeDrawingPadding().padding(16.dp)) {
            Card(
                Modifier.fillMaxWidth().combinedClickable(onClick = {}, onLongClick = actions::weatherLongPress),
            ) {
                Column(Modifier.padding(24.dp)) {
                    Text(cover.weatherTitle, style = MaterialTheme.typography.headlineSmall)
                    Text(cover.weatherText, style = MaterialTheme.typography.bodyLarge)
                }
            }
        }
    }
}
