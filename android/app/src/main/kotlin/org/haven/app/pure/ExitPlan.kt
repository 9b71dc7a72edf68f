// What the shell does after `lock()` on quick exit, in order
// (docs/safety.md): cover the screen at once (the last frame the system
// keeps is the cover, not Haven), open the neutral page if one was chosen,
// and leave recent apps.
package org.haven.app.pure

import org.haven.core.Cover
import org.haven.core.Direction
import org.haven.core.LockView

sealed class ExitEffect {
    /** Replace the screen with this cover, without animation. */
    data class ShowCover(val cover: Cover) : ExitEffect()
    /** Open this https page in the browser. */
    data class OpenPage(val url: String) : ExitEffect()
    /** `finishAndRemoveTask()`: close and leave recent apps. */
    object CloseTask : ExitEffect()
}

object ExitPlan {
    fun effects(view: LockView): List<ExitEffect> = buildList {
        add(ExitEffect.ShowCover(view.cover))
        view.exitPage?.takeIf { it.startsWith("https://") }?.let { add(ExitEffect.OpenPage(it)) }
        add(ExitEffect.CloseTask)
    }
}

/** Which way to lay out a screen, from the view model's locale. */
fun Direction.isRightToLeft(): Boolean = this == Direction.RTL
