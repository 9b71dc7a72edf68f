// The screens of the Android shell and the back stack between them. The
// core computes each screen; this only remembers which one is showing.
package org.haven.app.pure

import org.haven.core.Category

sealed class Screen {
    object Home : Screen()
    data class Articles(val category: Category?) : Screen()
    data class Article(val id: String) : Screen()
    data class Helplines(val region: String?) : Screen()
    object Search : Screen()
    object Safety : Screen()
    /** Drafts and sent reports, and the helplines that take reports. */
    object Outbox : Screen()
    data class Report(val draftId: String) : Screen()
    data class Review(val draftId: String) : Screen()
}

/** Where a report form goes after its answers are saved. */
sealed class ReportMove {
    data class ToStep(val step: UInt) : ReportMove()
    object ToReview : ReportMove()
}

/**
 * A back stack that never empties: Home is always at the bottom. Safe to
 * share between the UI thread (which moves) and the core thread (which draws).
 */
class BackStack {
    private val stack = ArrayDeque<Screen>(listOf(Screen.Home))

    val current: Screen
        @Synchronized get() = stack.last()

    @Synchronized
    fun push(screen: Screen) {
        if (screen == Screen.Home) stack.retainAll { it == Screen.Home } else if (current != screen) stack.addLast(screen)
    }

    /** Goes back one screen; `false` at Home, where the system's back leaves the app. */
    @Synchronized
    fun pop(): Boolean {
        if (stack.size == 1) return false
        stack.removeLast()
        return true
    }

    /** Back to `screen` if it is on the stack (dropping what is above it), else to it as a new screen. */
    @Synchronized
    fun backTo(screen: Screen) {
        if (screen in stack) {
            while (stack.last() != screen) stack.removeLast()
        } else {
            push(screen)
        }
    }

    /** After a lock nothing behind the cover may be shown again: back to Home. */
    @Synchronized
    fun reset() {
        stack.clear()
        stack.addLast(Screen.Home)
    }
}
