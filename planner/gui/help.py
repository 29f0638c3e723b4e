"""The Help menu: the user guide (F1), About Agenda Planner, About Qt.

The user guide is ``docs/user-guide.md``, or ``docs/benutzerhandbuch.md`` when the
window speaks German, shown in a window of its own with its screenshots (Qt
renders Markdown), so it needs no browser or Markdown viewer. It
is found beside the resources folder: ``docs/`` of a checkout, or of a bundle
that ships it; an installation without it says so instead of failing silently.
About lists the version and the licences of Qt and the libraries the program is
built on, as their licences ask.
"""

from __future__ import annotations

import html
import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl, qVersion
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFragment,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.gui.dialogs.messages import MessageDialog
from planner.gui.i18n import ui_language
from planner.resources import resources_dir

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow

USER_GUIDE = "user-guide.md"
#: The guide for each UI language; a language without one reads the English guide.
USER_GUIDES = {"de": "benutzerhandbuch.md", "en": USER_GUIDE}


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


#: (shown name, distribution, licence when the metadata has no short one)
_LIBRARIES = (
    ("icalendar", "icalendar", "BSD-2-Clause"),
    ("openpyxl", "openpyxl", "MIT"),
    ("OR-Tools", "ortools", "Apache-2.0"),
    ("tzdata", "tzdata", "Apache-2.0"),
)


def _distribution(name: str, fallback_licence: str) -> tuple[str, str]:
    """(version, licence) from the installed package's metadata; a frozen bundle may lack
    it, then the version is unknown and the licence the known one."""
    try:
        meta = metadata.metadata(name)
    except metadata.PackageNotFoundError:
        return "?", fallback_licence
    licence = meta.get("License-Expression") or meta.get("License") or ""
    if not licence or len(licence) > 40 or "\n" in licence:
        licence = fallback_licence
    return meta.get("Version") or "?", licence


def components() -> list[Component]:
    """What the program is built on, with the versions running now."""
    found = [
        Component("Qt", qVersion(), "LGPL-3.0-only"),
        Component("PySide6", pyside_version, "LGPL-3.0-only"),
        Component("Python", platform.python_version(), "PSF-2.0"),
    ]
    for shown, name, licence in _LIBRARIES:
        version, licence = _distribution(name, licence)
        found.append(Component(shown, version, licence))
    return found


def user_guide_path(language: str | None = None) -> Path | None:
    """The user guide in ``docs/`` beside the resources folder, if this installation has it.

    The guide in the window's language (``language``, else :func:`ui_language`) comes
    first; an installation that lacks it still shows the other one rather than none.
    """
    try:
        docs = resources_dir().parent / "docs"
    except FileNotFoundError:
        return None
    wanted = USER_GUIDES.get(language or ui_language(), USER_GUIDE)
    others = [name for name in USER_GUIDES.values() if name != wanted]
    for name in [wanted, *others]:
        if (docs / name).is_file():
            return docs / name
    return None


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from planner.cli import version

        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Agenda Planner"))
        self.version = version()
        rows = "".join(
            f"<tr><td>{html.escape(c.name)}</td><td>{html.escape(c.version)}</td>"
            f"<td>{html.escape(c.licence)}</td></tr>"
            for c in components()
        )
        guide = user_guide_path()
        guide_text = html.escape(self.tr("User guide"))
        guide_link = (
            f"<p><a href='{QUrl.fromLocalFile(str(guide)).toString()}'>{guide_text}</a> (F1)</p>"
            if guide
            else ""
        )
        heading = self.tr("Agenda Planner %1").replace("%1", self.version)
        summary = self.tr(
            "Plan a one-day conference: rooms, time slots, conflicts, iCalendar and Excel exports."
        )
        licence = self.tr("Agenda Planner is free software under the MIT licence.")
        built_on = self.tr("Built with:")
        columns = (self.tr("Component"), self.tr("Version"), self.tr("Licence"))
        header = "".join(f"<th align='left'>{html.escape(c)}</th>" for c in columns)
        self.text = QLabel(
            f"<h3>{html.escape(heading)}</h3><p>{html.escape(summary)}</p>"
            f"<p>{html.escape(licence)}</p>{guide_link}"
            f"<p>{html.escape(built_on)}</p>"
            f"<table cellspacing='0' cellpadding='3'><tr>{header}</tr>{rows}</table>"
        )
        self.text.setObjectName("aboutText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.linkActivated.connect(self._open_link)
        self.text.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.about_qt_button = QPushButton(self.tr("About &Qt"))
        buttons.addButton(self.about_qt_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.about_qt_button.clicked.connect(lambda: HelpDialogs.about_qt(self))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def plain_text(self) -> str:
        """The shown text without markup (tests, tools)."""
        document = QTextDocument()
        document.setHtml(self.text.text())
        return document.toPlainText()

    def _open_link(self, link: str) -> None:
        HelpDialogs.show_user_guide(self.parentWidget() or self)


class UserGuideWindow(QDialog):
    """The user guide, rendered from its Markdown with its screenshots; not modal."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuideWindow")
        self.setWindowTitle(self.tr("Agenda Planner User Guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("userGuideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.sourceChanged.connect(lambda _url: self.fit_images())
        self.browser.viewport().installEventFilter(self)
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 720)

    def fit_images(self) -> None:
        """Scale the screenshots down to the window's width (Markdown has no image size)."""
        document = self.browser.document()
        margin = 2 * int(document.documentMargin()) + 16  # and the frame of a table cell
        width = max(200, self.browser.viewport().width() - margin)
        block = document.begin()
        while block.isValid():
            for fragment in _fragments(block):
                image = fragment.charFormat().toImageFormat()
                if not image.isValid():
                    continue
                natural = document.resource(QTextDocument.ResourceType.ImageResource, image.name())
                natural_width = getattr(natural, "width", lambda: 0)()
                wanted = min(natural_width, width) if natural_width else width
                if image.width() != wanted:
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    image.setWidth(wanted)
                    cursor.setCharFormat(image)
            block = block.next()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit_images()
        return False


def _fragments(block: QTextBlock) -> list[QTextFragment]:
    fragments = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragments.append(iterator.fragment())
        iterator += 1
    return fragments


class HelpDialogs:
    """The Help menu's windows behind classmethods, as tests patch them."""

    @classmethod
    def about(cls, parent: QWidget | None) -> None:
        AboutDialog(parent).exec()

    @classmethod
    def about_qt(cls, parent: QWidget | None) -> None:
        QMessageBox.aboutQt(parent)

    @classmethod
    def show_user_guide(cls, parent: QWidget | None) -> UserGuideWindow | None:
        """Show (or raise) the user guide window; a message when it is not installed."""
        path = user_guide_path()
        if path is None:
            MessageDialog.show_error(
                parent,
                QCoreApplication.translate("HelpDialogs", "User guide"),
                QCoreApplication.translate(
                    "HelpDialogs",
                    "The user guide is not part of this installation. It is the file "
                    "docs/user-guide.md of the Agenda Planner sources.",
                ),
            )
            return None
        guide = parent.findChild(UserGuideWindow) if parent is not None else None
        if guide is None:
            guide = UserGuideWindow(path, parent)
            guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.show()
        guide.raise_()
        guide.activateWindow()
        return guide


class HelpController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.user_guide_action = QAction(self.tr("&User Guide"), window)
        self.user_guide_action.setObjectName("userGuideAction")
        bindings = QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
        self.user_guide_action.setShortcuts(bindings or [QKeySequence("F1")])
        self.user_guide_action.triggered.connect(self.show_user_guide)
        self.about_action = QAction(self.tr("&About Agenda Planner"), window)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.about)
        self.about_qt_action = QAction(self.tr("About &Qt"), window)
        self.about_qt_action.setObjectName("aboutQtAction")
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.about_qt_action.triggered.connect(self.about_qt)
        window.addActions([self.user_guide_action, self.about_action, self.about_qt_action])

    def show_user_guide(self) -> None:
        HelpDialogs.show_user_guide(self.window)

    def about(self) -> None:
        HelpDialogs.about(self.window)

    def about_qt(self) -> None:
        HelpDialogs.about_qt(self.window)


def install(window: MainWindow) -> HelpController:
    """Fill the Help menu: User Guide | About Agenda Planner, About Qt."""
    controller = HelpController(window)
    menu = window.help_menu
    first = menu.actions()[0] if menu.actions() else None
    menu.insertAction(first, controller.user_guide_action)
    menu.addSeparator()
    menu.addActions([controller.about_action, controller.about_qt_action])
    window.about_action = controller.about_action
    return controller
