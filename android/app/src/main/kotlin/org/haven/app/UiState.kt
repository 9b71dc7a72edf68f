// What the screen shows: one view model from the core per state. The
// composables draw these and nothing else.
package org.haven.app

import org.haven.core.ArticleListView
import org.haven.core.ArticleView
import org.haven.core.CalculatorView
import org.haven.core.CoverView
import org.haven.core.HelplinesView
import org.haven.core.HomeView
import org.haven.core.OutboxView
import org.haven.core.ReportFormView
import org.haven.core.ReportReviewView
import org.haven.core.SafetyView
import org.haven.core.SearchView
import org.haven.core.ShellStrings
import org.haven.core.UnlockView

sealed class UiState {
    /** Haven is opening: a blank screen (no flash of content). */
    object Starting : UiState()

    /** Haven could not open. No strings exist without it: a blank screen, and back leaves. */
    object Failed : UiState()

    /** Locked without a disguise, or the weather card's long press. */
    data class Unlock(val view: UnlockView) : UiState()
    data class Calculator(val view: CalculatorView) : UiState()
    /** The notes disguise: a blank note, whose text goes to the core as it is typed. */
    data class Notes(val cover: CoverView) : UiState()
    data class Weather(val cover: CoverView) : UiState()

    /** An open screen, with the navigation labels every screen shares. */
    sealed class Open : UiState() {
        abstract val shell: ShellStrings
    }
    data class Home(override val shell: ShellStrings, val view: HomeView) : Open()
    data class Articles(override val shell: ShellStrings, val view: ArticleListView) : Open()
    data class Article(override val shell: ShellStrings, val view: ArticleView) : Open()
    data class Helplines(override val shell: ShellStrings, val view: HelplinesView) : Open()
    data class Search(override val shell: ShellStrings, val query: String, val view: SearchView) : Open()
    data class Safety(override val shell: ShellStrings, val view: SafetyView, val notice: String? = null) : Open()
    data class Outbox(override val shell: ShellStrings, val view: OutboxView) : Open()
    /** `refused`: the question whose answer the core refused, and its reason in the user's language. */
    data class Report(override val shell: ShellStrings, val view: ReportFormView, val refused: Pair<String, String>?) : Open()
    data class Review(override val shell: ShellStrings, val view: ReportReviewView) : Open()
}
