// What every open screen shares: layout direction from the view model, a
// title bar with back and the exit control (always in the same place), and
// the navigation row. Every label comes from the core's ShellStrings.
package org.haven.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.safeDrawingPadding
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.semantics.stateDescription
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import org.haven.app.pure.Screen
import org.haven.app.pure.isRightToLeft
import org.haven.core.ShellStrings
import org.haven.core.UsedLocale

/** Lays `content` out in the direction of `locale` (Arabic and Persian right to left). */
@Composable
fun Directional(locale: UsedLocale, content: @Composable () -> Unit) {
    val direction = if (locale.direction.isRightToLeft()) LayoutDirection.Rtl else LayoutDirection.Ltr
    CompositionLocalProvider(LocalLayoutDirection provides direction, content = content)
}

/** The exit control: one tap locks Haven and leaves. TalkBack reads its label and its hint. */
@Composable
fun ExitButton(label: String, hint: String, onExit: () -> Unit) {
    Button(
        onClick = onExit,
        colors = ButtonDefaults.buttonColors(containerColor = MaterialTheme.colorScheme.error),
        modifier = Modifier.semantics { stateDescription = hint },
    ) { Text(label) }
}

/** The frame of every open screen. `onBack` is null on Home. */
@Composable
fun ScreenFrame(
    shell: ShellStrings,
    title: String,
    onBack: (() -> Unit)?,
    actions: ShellActions,
    content: @Composable () -> Unit,
) {
    Directional(shell.locale) {
        Column(Modifier.fillMaxSize().safeDrawingPadding()) {
            Row(
                Modifier.fillMaxWidth().padding(8.dp),
                verticalAlignment = Alignment.CenterVertically,
                horizontalArrangement = Arrangement.SpaceBetween,
            ) {
                if (onBack != null) TextButton(onClick = onBack) { Text(shell.back) }
                Text(
                    title,
                    style = MaterialTheme.typography.titleLarge,
                    modifier = Modifier.weight(1f).padding(horizontal = 8.dp).semantics { heading() },
                )
                ExitButton(shell.quickExit, shell.quickExitHint, actions::quickExit)
            }
            Column(Modifier.weight(1f).fillMaxWidth().padding(horizontal = 16.dp)) { content() }
            NavigationRow(shell, actions)
        }
    }
}

@Composable
private fun NavigationRow(shell: ShellStrings, actions: ShellActions) {
    Row(Modifier.fillMaxWidth().padding(8.dp), horizontalArrangement = Arrangement.SpaceAround) {
        val items = listOf(
            shell.home to Screen.Home,
            shell.browse to Screen.Articles(null),
            shell.helplines to Screen.Helplines(null),
            shell.search to Screen.Search,
            shell.report to Screen.Outbox,
            shell.safety to Screen.Safety,
        )
        for ((label, screen) in items) {
            TextButton(onClick = { actions.navigate(screen) }, modifier = Modifier.semantics { contentDescription = label }) {
                Text(label, style = MaterialTheme.typography.labelMedium)
            }
        }
    }
}
