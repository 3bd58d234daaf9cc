"""Light and dark looks: a calm palette, generous type, and the rule that text contrast stays >= 4.5:1.

Widgets in .ui files set a dynamic ``role`` property (title, lead, caption, primary, ...) and the stylesheet
styles roles, so Designer files stay free of colours and sizes.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from walls_desktop.core.settings import ThemeMode


@dataclass(frozen=True, slots=True)
class Colours:
    window: str  # page background
    sidebar: str
    surface: str  # inputs, lists, cards
    text: str
    muted: str  # captions, secondary text
    accent: str  # the one primary action
    on_accent: str  # text on the accent
    accent_soft: str  # selection and hover behind normal text
    border: str  # lines that only divide (the sidebar's edge); controls use ``edge``
    edge: str  # the outline of every control: at least 3:1 against what surrounds it and its own fill
    banner: str  # storage notices
    focus: str
    check_mark: str  # resource path of a check mark drawn in on_accent
    arrow_down: str  # resource paths of small arrows drawn in muted (drop-downs, spin boxes)
    arrow_up: str


LIGHT = Colours(
    window="#F7F5F0",
    sidebar="#ECE7DE",
    surface="#FFFFFF",
    text="#2B3138",
    muted="#59616B",
    accent="#3E6E68",
    on_accent="#FFFFFF",
    accent_soft="#D5E6E2",
    border="#D4CDC1",
    edge="#857E72",
    banner="#F6E7C8",
    focus="#2F6F9F",
    check_mark=":/walls/check-on-light-accent.svg",
    arrow_down=":/walls/arrow-down-light.svg",
    arrow_up=":/walls/arrow-up-light.svg",
)

DARK = Colours(
    window="#1D2126",
    sidebar="#171A1E",
    surface="#262B31",
    text="#E8E6E1",
    muted="#AEB5BD",
    accent="#8CC2B8",
    on_accent="#13201E",
    accent_soft="#2F4A46",
    border="#3A4149",
    edge="#707882",
    banner="#4A3F2A",
    focus="#8FC1E8",
    check_mark=":/walls/check-on-dark-accent.svg",
    arrow_down=":/walls/arrow-down-dark.svg",
    arrow_up=":/walls/arrow-up-dark.svg",
)


def colours_for(dark: bool) -> Colours:
    return DARK if dark else LIGHT


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    colour = QColor(hex_colour)

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast_ratio(foreground: str, background: str) -> float:
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_pairs(c: Colours) -> dict[str, tuple[str, str]]:
    """Every foreground/background pair the app draws text with; each must reach 4.5:1."""
    return {
        "text on window": (c.text, c.window),
        "text on sidebar": (c.text, c.sidebar),
        "text on surface": (c.text, c.surface),
        "muted on window": (c.muted, c.window),
        "muted on sidebar": (c.muted, c.sidebar),
        "muted on surface": (c.muted, c.surface),
        "text on selection": (c.text, c.accent_soft),
        "on accent": (c.on_accent, c.accent),
        "accent on window": (c.accent, c.window),
        "text on banner": (c.text, c.banner),
    }


def edge_pairs(c: Colours) -> dict[str, tuple[str, str]]:
    """Every control edge and the backgrounds it is drawn on; each must reach 3:1 (WCAG's non-text contrast)."""
    pairs = {}
    for name, background in (("window", c.window), ("sidebar", c.sidebar), ("surface", c.surface)):
        pairs[f"control outline on {name}"] = (c.edge, background)
        pairs[f"focus ring on {name}"] = (c.focus, background)
        pairs[f"primary button, slider handle, check on {name}"] = (c.accent, background)
        pairs[f"slider track, check box rim, scroll bar on {name}"] = (c.muted, background)
    pairs["chosen range's outline on its fill"] = (c.accent, c.accent_soft)
    return pairs


def palette_for(c: Colours) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.surface,
        QPalette.ColorRole.AlternateBase: c.sidebar,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Button: c.surface,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.on_accent,
        QPalette.ColorRole.ToolTipBase: c.surface,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.Mid: c.border,
        QPalette.ColorRole.Accent: c.accent,
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.muted))
    return palette


def stylesheet_for(c: Colours) -> str:
    return f"""
    QWidget {{ font-size: 12pt; }}
    QMainWindow, QDialog {{ background: {c.window}; }}
    QFrame#sidebar {{ background: {c.sidebar}; border-right: 1px solid {c.border}; }}
    QLabel[role="brand"] {{ font-size: 20pt; font-weight: 600; color: {c.accent}; padding: 0 8px 4px 8px; }}
    QLabel[role="title"] {{ font-size: 22pt; font-weight: 600; }}
    QLabel[role="subtitle"] {{ font-size: 15pt; font-weight: 600; }}
    QLabel[role="lead"] {{ font-size: 14pt; }}
    QLabel[role="caption"] {{ font-size: 10.5pt; color: {c.muted}; }}
    QLabel[role="emphasis"] {{ font-weight: 600; }}
    QLabel[role="statement"] {{ font-size: 17pt; }}
    QLabel[role="path"] {{ font-family: monospace; font-size: 10.5pt; color: {c.muted}; }}
    QLabel[role="banner"] {{ background: {c.banner}; padding: 12px 24px; }}
    QListWidget#navList {{ background: transparent; outline: 0; font-size: 13pt; }}
    QListWidget#navList::item {{ padding: 7px 12px; border-radius: 10px; margin: 1px 0; }}
    QListWidget#navList::item:selected {{ background: {c.accent_soft}; color: {c.text}; }}
    QListWidget#navList::item:hover:!selected {{ background: {c.window}; }}
    QPushButton {{
        background: {c.surface}; border: 1px solid {c.edge}; border-radius: 12px;
        padding: 10px 20px; min-height: 24px; text-align: center;
    }}
    QPushButton:hover {{ border-color: {c.accent}; }}
    /* A focus border is a pixel wider, so the padding gives that pixel back: nothing moves or gets cut. */
    QPushButton:focus {{ border: 2px solid {c.focus}; padding: 9px 19px; }}
    QPushButton:disabled {{ color: {c.muted}; }}
    QPushButton[role="primary"] {{
        background: {c.accent}; color: {c.on_accent}; border: 1px solid {c.accent}; font-weight: 600;
    }}
    QPushButton[role="primary"]:focus {{ border: 2px solid {c.focus}; padding: 9px 19px; }}
    /* Disabled controls look it: no fill, a faint edge, muted text (not only text a shade lighter). */
    QPushButton:disabled {{ background: {c.window}; border-color: {c.border}; color: {c.muted}; }}
    QPushButton[role="primary"]:disabled {{ background: {c.border}; border-color: {c.border}; color: {c.muted}; }}
    QPushButton[role="segment"] {{ padding: 8px 14px; border-radius: 10px; }}
    QPushButton[role="segment"]:focus {{ padding: 7px 13px; }}
    QPushButton[role="segment"]:checked {{
        background: {c.accent_soft}; border: 2px solid {c.accent}; padding: 7px 13px;
    }}
    QPushButton[role="segment"]:checked:focus {{ border-color: {c.focus}; }}
    /* Reflect's answers: a list of choices, the chosen one filled like a segment. */
    QPushButton[role="answer"] {{ padding: 8px 18px; border-radius: 10px; text-align: left; }}
    QPushButton[role="answer"]:focus {{ padding: 7px 17px; }}
    QPushButton[role="answer"]:checked {{
        background: {c.accent_soft}; border: 2px solid {c.accent}; padding: 7px 17px;
    }}
    QPushButton[role="answer"]:checked:focus {{ border-color: {c.focus}; }}
    QProgressBar {{ background: {c.accent_soft}; border: none; border-radius: 3px; max-height: 6px; min-height: 6px; }}
    QProgressBar::chunk {{ background: {c.accent}; border-radius: 3px; }}
    QLineEdit, QPlainTextEdit, QTextEdit, QTextBrowser {{
        background: {c.surface}; border: 1px solid {c.edge}; border-radius: 8px; padding: 6px 8px;
        selection-background-color: {c.accent}; selection-color: {c.on_accent};
    }}
    QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 2px solid {c.focus}; padding: 5px 7px; }}
    QTextBrowser:focus {{ border: 2px solid {c.focus}; padding: 11px 15px; }}
    QComboBox, QAbstractSpinBox {{
        background: {c.surface}; border: 1px solid {c.edge}; border-radius: 8px; padding: 6px 8px;
        min-height: 22px; selection-background-color: {c.accent}; selection-color: {c.on_accent};
    }}
    QComboBox:focus {{ border: 2px solid {c.focus}; padding: 5px 7px; }}
    QAbstractSpinBox:focus {{ border: 2px solid {c.focus}; padding: 5px 25px 5px 9px; }}
    QComboBox:hover, QAbstractSpinBox:hover {{ border-color: {c.accent}; }}
    QLineEdit:disabled, QPlainTextEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled {{
        background: {c.window}; border-color: {c.border}; color: {c.muted};
    }}
    QComboBox::drop-down {{ border: none; width: 28px; }}
    QComboBox::down-arrow {{ image: url({c.arrow_down}); width: 16px; height: 16px; }}
    /* A list rather than a menu for every drop-down, so its items take the padding below (and look alike). */
    QComboBox {{ combobox-popup: 0; }}
    QComboBox QAbstractItemView {{
        background: {c.surface}; border: 1px solid {c.edge}; selection-background-color: {c.accent_soft};
        selection-color: {c.text}; outline: 0; padding: 4px;
    }}
    QComboBox QAbstractItemView::item {{ padding: 8px 12px; border-radius: 6px; }}
    QComboBox QAbstractItemView::item:selected, QComboBox QAbstractItemView::item:hover {{
        background: {c.accent_soft}; color: {c.text};
    }}
    QAbstractSpinBox {{ padding: 6px 26px 6px 10px; }}
    QDateTimeEdit::drop-down {{ border: none; width: 28px; }}
    QDateTimeEdit::down-arrow {{ image: url({c.arrow_down}); width: 16px; height: 16px; }}
    QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ border: none; width: 22px; }}
    QAbstractSpinBox::up-button {{ subcontrol-position: top right; margin: 3px 4px 0 0; }}
    QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; margin: 0 4px 3px 0; }}
    QAbstractSpinBox::up-arrow {{ image: url({c.arrow_up}); width: 14px; height: 14px; }}
    QAbstractSpinBox::down-arrow {{ image: url({c.arrow_down}); width: 14px; height: 14px; }}
    QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off,
    QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off {{ image: none; }}
    QListWidget {{
        background: {c.surface}; border: 1px solid {c.edge}; border-radius: 8px; padding: 4px 8px; outline: 0;
    }}
    QListWidget:focus {{ border: 2px solid {c.focus}; padding: 3px 7px; }}
    /* Vertical padding only: Qt sizes wrapped items without horizontal padding, which would overflow the list. */
    QListWidget::item {{ padding: 6px 0; }}
    QListWidget::item:selected {{ background: {c.accent_soft}; color: {c.text}; }}
    QListWidget#navList, QListWidget#navList:focus {{ border: 2px solid transparent; border-radius: 12px; padding: 0; }}
    QListWidget#navList:focus {{ border-color: {c.focus}; }}
    QCheckBox, QRadioButton {{ spacing: 10px; }}
    QSlider::groove:horizontal {{ height: 4px; border-radius: 2px; background: {c.muted}; }}
    QSlider::sub-page:horizontal {{ height: 4px; border-radius: 2px; background: {c.accent}; }}
    QSlider::handle:horizontal {{
        width: 18px; height: 18px; margin: -9px 0; border-radius: 11px;
        background: {c.accent}; border: 2px solid {c.window};
    }}
    QSlider::handle:horizontal:focus {{ border-color: {c.focus}; }}
    QSlider::groove:horizontal:disabled, QSlider::sub-page:horizontal:disabled,
    QSlider::handle:horizontal:disabled {{ background: {c.border}; }}
    QSlider {{ min-height: 28px; }}
    QCheckBox::indicator, QRadioButton::indicator {{
        width: 18px; height: 18px; border: 2px solid {c.muted}; background: {c.surface};
    }}
    QCheckBox::indicator {{ border-radius: 5px; }}
    QRadioButton::indicator {{ border-radius: 11px; }}
    QCheckBox::indicator:checked {{ background: {c.accent}; border-color: {c.accent}; image: url({c.check_mark}); }}
    QRadioButton::indicator:checked {{
        border-color: {c.accent};
        background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5, stop: 0 {c.accent},
                                    stop: 0.55 {c.accent}, stop: 0.62 {c.surface}, stop: 1 {c.surface});
    }}
    QCheckBox:focus, QRadioButton:focus {{ color: {c.text}; }}
    QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border-color: {c.focus}; }}
    QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-color: {c.border}; }}
    QTextBrowser {{ padding: 12px 16px; }}
    QMessageBox QLabel#qt_msgbox_label {{ font-size: 14pt; font-weight: 600; }}
    QMessageBox QLabel#qt_msgbox_informativelabel {{ min-width: 380px; }}
    QScrollBar:vertical {{ background: transparent; width: 12px; margin: 2px; }}
    QScrollBar:horizontal {{ background: transparent; height: 12px; margin: 2px; }}
    QScrollBar::handle {{ background: {c.muted}; border-radius: 4px; }}
    QScrollBar::handle:vertical {{ min-height: 36px; }}
    QScrollBar::handle:horizontal {{ min-width: 36px; }}
    QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {c.accent}; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    QToolTip {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.edge}; padding: 6px; }}
    QMenuBar {{ background: {c.sidebar}; }}
    QMenuBar::item:selected, QMenu::item:selected {{ background: {c.accent_soft}; color: {c.text}; }}
    QMenu {{ background: {c.surface}; border: 1px solid {c.edge}; }}
    QMenu::item {{ padding: 6px 24px; }}
    """


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget a stylesheet role (title, caption, primary, ...) and restyle it at once: a changed
    property is not picked up by a widget that has already been polished."""
    widget.setProperty("role", role)
    # Only a widget already polished needs it again; polishing one early (while a form is still being built)
    # would polish the whole form before its own roles are set, and they would never show.
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(mode: ThemeMode) -> bool:
    return system_prefers_dark() if mode is ThemeMode.SYSTEM else mode is ThemeMode.DARK


# Fusion gives the same calm look on every system (native styles ignore parts of the palette). Passed to a new
# QApplication as arguments, it is in force from the start without calling ``style()``/``setStyle()``: their
# QStyle result makes PySide build Python's QStyle type with all its enums, ~13 ms of start-up.
FUSION_ARGUMENTS = ("-style", "fusion")
FUSION_KEY = "walls_fusion"  # application property: Fusion is known to be in force


def mark_fusion_in_force(app: QApplication) -> None:
    """Tell ``apply_theme`` that ``app`` was created with FUSION_ARGUMENTS."""
    app.setProperty(FUSION_KEY, True)


def use_fusion(app: QApplication) -> None:
    """Make Fusion the style once. (Under a style sheet ``style().name()`` is empty, so without the property
    every change of theme would set Fusion again.)"""
    if app.property(FUSION_KEY):
        return
    if app.style().name() != "fusion":
        app.setStyle("Fusion")
    app.setProperty(FUSION_KEY, True)


def apply_theme(app: QApplication, mode: ThemeMode) -> Colours:
    """Apply the light or dark look that ``mode`` resolves to, and return its colours.

    Cheapest before the widgets exist: each is then polished once, in the right look."""
    colours = colours_for(is_dark(mode))
    if app.property("walls_dark") == (colours is DARK):
        return colours  # already in force: re-applying would re-polish every widget for nothing
    # Marked first: widgets that restyle themselves on the palette change below read the new colours.
    app.setProperty("walls_dark", colours is DARK)
    use_fusion(app)
    # Qt walks every widget here, and our palette handlers run Python as it does. Were Python's cycle collector
    # to free an unreferenced window then, Qt would go on polishing a deleted widget: full test runs segfaulted in
    # setStyleSheet (and in Fusion's polish) this way. So no collection happens until the walk is over.
    collecting = gc.isenabled()
    gc.disable()
    try:
        app.setPalette(palette_for(colours))
        app.setStyleSheet(stylesheet_for(colours))
    finally:
        if collecting:
            gc.enable()
    return colours


def restyle_soon(widget: QWidget, restyle: Callable[[], None]) -> None:
    """Run ``restyle`` (which sets a widget's own style sheet) on the event loop's next turn, once however often
    asked. Called from a palette change, it must not run inside it: that change comes while Qt re-polishes every
    widget for the application's new sheet, and a sheet set then can free a style still in use (full test runs
    crashed in ``setStyleSheet`` this way)."""
    if getattr(widget, "_walls_restyle_due", False):
        return
    widget._walls_restyle_due = True

    def run() -> None:
        widget._walls_restyle_due = False
        restyle()

    QTimer.singleShot(0, widget, run)


def current_colours() -> Colours:
    """The colours in force, for widgets that paint themselves (the pacer, charts)."""
    app = QApplication.instance()
    return colours_for(bool(app and app.property("walls_dark")))
