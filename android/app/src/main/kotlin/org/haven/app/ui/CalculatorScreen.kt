// The calculator disguise, drawn from the core's CalculatorView: the
// display, then the keys row by row. Each key is one call that returns the
// whole screen; TalkBack reads the core's spoken labels ("times", "memory add").
package org.haven.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.aspectRatio
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.safeDrawingPadding
import androidx.compose.material3.Button
import androidx.compose.material3.FilledTonalButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.selected
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.platform.LocalLayoutDirection
import org.haven.core.CalculatorView

@Composable
fun CalculatorScreen(view: CalculatorView, actions: ShellActions) {
    // Calculators keep their key layout left to right in every language.
    CompositionLocalProvider(LocalLayoutDirection provides LayoutDirection.Ltr) {
        Column(
            Modifier.fillMaxSize().safeDrawingPadding().padding(12.dp),
            verticalArrangement = Arrangement.spacedBy(8.dp),
        ) {
            Text(view.title, style = MaterialTheme.typography.titleMedium)
            if (view.memory) Text(view.memoryLabel, style = MaterialTheme.typography.labelMedium)
            Text(
                view.display,
                style = MaterialTheme.typography.displayMedium,
                textAlign = TextAlign.End,
                color = if (view.isError) MaterialTheme.colorScheme.error else MaterialTheme.colorScheme.onSurface,
                modifier = Modifier.fillMaxWidth().semantics { liveRegion = LiveRegionMode.Polite },
            )
            for (row in view.rows) {
                Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    for (button in row) {
                        val keyModifier = Modifier.weight(1f).aspectRatio(1.4f).semantics {
                            contentDescription = button.accessibilityLabel
                            selected = button.active
                        }
                        if (button.active) {
                            Button(onClick = { actions.press(button.key) }, modifier = keyModifier) { Text(button.label) }
                        } else {
                            FilledTonalButton(onClick = { actions.press(button.key) }, modifier = keyModifier) {
                                Text(button.label)
                            }
                        }
                    }
                }
            }
        }
    }
}
