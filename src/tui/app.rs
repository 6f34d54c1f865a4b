//! The dashboard's state and how keys and the mouse change it. Pure: no terminal, no clock,
//! no I/O; the runner turns the returned [`Action`] into effects (load a day, quit).

use std::collections::BTreeMap;
use std::sync::Arc;

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::layout::{TABS_ROW, tab_at};
use super::text;
use super::theme::Theme;
use super::units::Units;
use crate::config::Privacy;
use crate::i18n::{Lang, Localizer};
use crate::usage::LiveSnapshot;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Overview,
    Services,
    Devices,
    Flows,
}

impl View {
    pub const ALL: [View; 4] = [View::Overview, View::Services, View::Devices, View::Flows];

    pub fn index(self) -> usize {
        match self {
            View::Overview => 0,
            View::Services => 1,
            View::Devices => 2,
            View::Flows => 3,
        }
    }

    /// The message id of the view's name.
    pub fn title(self) -> &'static str {
        match self {
            View::Overview => text::TAB_OVERVIEW,
            View::Services => text::TAB_SERVICES,
            View::Devices => text::TAB_DEVICES,
            View::Flows => text::TAB_FLOWS,
        }
    }

    fn step(self, forward: bool) -> View {
        let n = View::ALL.len();
        let i = if forward {
            (self.index() + 1) % n
        } else {
            (self.index() + n - 1) % n
        };
        View::ALL[i]
    }
}

/// Sort orders the `s` key cycles through. Lists start largest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Bytes today (the flows view: rate now).
    #[default]
    Bytes,
    /// Big Tech first (services), highest Big Tech share first (devices), provider (flows).
    BigTech,
    Name,
}

impl Sort {
    fn next(self) -> Sort {
        match self {
            Sort::Bytes => Sort::BigTech,
            Sort::BigTech => Sort::Name,
            Sort::Name => Sort::Bytes,
        }
    }

    /// The message id of the order's name.
    pub fn label(self, view: View) -> &'static str {
        match (self, view) {
            (Sort::Bytes, View::Flows) => text::SORT_RATE,
            (Sort::Bytes, _) => text::SORT_BYTES,
            (Sort::BigTech, _) => text::SORT_BIG_TECH,
            (Sort::Name, _) => text::SORT_NAME,
        }
    }
}

/// What the runner should do after an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Nothing visible changed.
    None,
    /// Draw again.
    Redraw,
    /// Show the day `offset` days from today (0: today, live), then draw.
    LoadDay(i64),
    Quit,
}

#[derive(Debug, Clone)]
pub struct App {
    pub view: View,
    pub theme: Theme,
    pub privacy: Privacy,
    /// Names from the config by MAC (`aa:bb:…`), shown with privacy `full`.
    pub device_names: BTreeMap<String, String>,
    pub units: Units,
    pub help: bool,
    /// Updates are held (the capture goes on).
    pub paused: bool,
    /// 0 = today; −1 = yesterday…
    pub day_offset: i64,
    /// Selected row per view.
    selected: [usize; 4],
    sort: [Sort; 4],
    /// Rows a page moves (set from the terminal's height by the runner).
    pub page: usize,
    /// Width of the terminal, for mapping clicks on the tabs.
    pub width: u16,
    /// The language everything is drawn in.
    pub l10n: Arc<Localizer>,
    /// Where the data comes from when it is not a running capture ("reading nuage.db"),
    /// shown in the header.
    pub source_note: Option<String>,
}

impl App {
    pub fn new(theme: Theme, privacy: Privacy) -> App {
        App {
            view: View::Overview,
            theme,
            privacy,
            device_names: BTreeMap::new(),
            units: Units::default(),
            help: false,
            paused: false,
            day_offset: 0,
            selected: [0; 4],
            sort: [Sort::Bytes; 4],
            page: 10,
            width: 80,
            l10n: Arc::new(Localizer::new(Lang::En)),
            source_note: None,
        }
    }

    /// The same in another language.
    pub fn with_localizer(mut self, l10n: Arc<Localizer>) -> App {
        self.l10n = l10n;
        self
    }

    /// The message `id` in the dashboard's language.
    pub fn t(&self, id: &str) -> String {
        self.l10n.tr(id)
    }

    /// Bytes in the chosen units, the language's way.
    pub fn amount(&self, bytes: u64) -> String {
        self.units.amount(self.l10n.lang(), bytes)
    }

    pub fn rate(&self, bytes_per_sec: f64) -> String {
        self.units.rate(self.l10n.lang(), bytes_per_sec)
    }

    pub fn percent(&self, share: f64) -> String {
        super::units::percent(self.l10n.lang(), share)
    }

    pub fn selected(&self, view: View) -> usize {
        self.selected[view.index()]
    }

    pub fn sort(&self, view: View) -> Sort {
        self.sort[view.index()]
    }

    pub fn live_view(&self) -> bool {
        self.day_offset == 0
    }

    /// Keeps selections inside the lists of `snapshot`.
    pub fn sync(&mut self, snapshot: &LiveSnapshot) {
        let lens = [
            0,
            snapshot.today.services.len(),
            snapshot.today.devices.len(),
            snapshot.flows.len(),
        ];
        for (sel, len) in self.selected.iter_mut().zip(lens) {
            *sel = (*sel).min(len.saturating_sub(1));
        }
    }

    pub fn handle(&mut self, event: &Event) -> Action {
        match event {
            Event::Key(key) => self.key(key),
            Event::Mouse(mouse) => self.mouse(mouse),
            Event::Resize(width, _) => {
                self.width = *width;
                Action::Redraw
            }
            _ => Action::None,
        }
    }

    fn key(&mut self, key: &KeyEvent) -> Action {
        if key.kind == KeyEventKind::Release {
            return Action::None;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            return Action::Quit;
        }
        if self.help {
            // Any key closes the help; q still quits.
            self.help = false;
            return match key.code {
                KeyCode::Char('q') => Action::Quit,
                _ => Action::Redraw,
            };
        }
        match key.code {
            KeyCode::Char('q') | KeyCode::Esc => Action::Quit,
            KeyCode::Char('?') | KeyCode::F(1) => {
                self.help = true;
                Action::Redraw
            }
            KeyCode::Tab => self.switch(self.view.step(true)),
            KeyCode::BackTab => self.switch(self.view.step(false)),
            KeyCode::Char(c @ '1'..='4') => {
                let i = usize::from(c as u8 - b'1');
                self.switch(View::ALL[i])
            }
            KeyCode::Down | KeyCode::Char('j') => self.move_by(1),
            KeyCode::Up | KeyCode::Char('k') => self.move_by(-1),
            KeyCode::PageDown | KeyCode::Char(' ') => self.move_by(self.page as i64),
            KeyCode::PageUp => self.move_by(-(self.page as i64)),
            KeyCode::Home | KeyCode::Char('g') => {
                self.selected[self.view.index()] = 0;
                Action::Redraw
            }
            KeyCode::Char('s') => {
                let i = self.view.index();
                self.sort[i] = self.sort[i].next();
                self.selected[i] = 0;
                Action::Redraw
            }
            KeyCode::Char('p') => {
                self.paused = !self.paused;
                Action::Redraw
            }
            KeyCode::Char('u') => {
                self.units = self.units.next();
                Action::Redraw
            }
            KeyCode::Left | KeyCode::Char('h') => {
                self.day_offset -= 1;
                Action::LoadDay(self.day_offset)
            }
            KeyCode::Right | KeyCode::Char('l') if self.day_offset < 0 => {
                self.day_offset += 1;
                Action::LoadDay(self.day_offset)
            }
            KeyCode::Char('t') if self.day_offset != 0 => {
                self.day_offset = 0;
                Action::LoadDay(0)
            }
            _ => Action::None,
        }
    }

    fn mouse(&mut self, mouse: &MouseEvent) -> Action {
        match mouse.kind {
            MouseEventKind::ScrollDown => self.move_by(3),
            MouseEventKind::ScrollUp => self.move_by(-3),
            MouseEventKind::Down(MouseButton::Left) if mouse.row == TABS_ROW => {
                match tab_at(self.width, &self.theme, &self.l10n, mouse.column) {
                    Some(view) => {
                        self.help = false;
                        self.switch(view)
                    }
                    None => Action::None,
                }
            }
            _ => Action::None,
        }
    }

    fn switch(&mut self, view: View) -> Action {
        self.view = view;
        Action::Redraw
    }

    fn move_by(&mut self, delta: i64) -> Action {
        let sel = &mut self.selected[self.view.index()];
        let next = (*sel as i64).saturating_add(delta).max(0);
        *sel = usize::try_from(next).unwrap_or(0);
        Action::Redraw
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyEventState;

    fn key(code: KeyCode) -> Event {
        Event::Key(KeyEvent {
            code,
            modifiers: KeyModifiers::NONE,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        })
    }

    fn app() -> App {
        App::new(Theme::default(), Privacy::DevicesAnonymous)
    }

    #[test]
    fn views_cycle_with_tab_and_numbers() {
        let mut a = app();
        assert_eq!(a.handle(&key(KeyCode::Tab)), Action::Redraw);
        assert_eq!(a.view, View::Services);
        a.handle(&key(KeyCode::BackTab));
        a.handle(&key(KeyCode::BackTab));
        assert_eq!(a.view, View::Flows);
        a.handle(&key(KeyCode::Char('3')));
        assert_eq!(a.view, View::Devices);
        a.handle(&key(KeyCode::Char('1')));
        assert_eq!(a.view, View::Overview);
    }

    #[test]
    fn days_go_back_and_never_past_today() {
        let mut a = app();
        assert_eq!(a.handle(&key(KeyCode::Right)), Action::None);
        assert_eq!(a.handle(&key(KeyCode::Left)), Action::LoadDay(-1));
        assert_eq!(a.handle(&key(KeyCode::Left)), Action::LoadDay(-2));
        assert_eq!(a.handle(&key(KeyCode::Right)), Action::LoadDay(-1));
        assert_eq!(a.handle(&key(KeyCode::Char('t'))), Action::LoadDay(0));
        assert!(a.live_view());
        assert_eq!(a.handle(&key(KeyCode::Char('t'))), Action::None);
    }

    #[test]
    fn help_pause_units_sort_and_quit() {
        let mut a = app();
        a.handle(&key(KeyCode::Char('?')));
        assert!(a.help);
        // any key closes help without acting
        a.handle(&key(KeyCode::Char('p')));
        assert!(!a.help && !a.paused);
        a.handle(&key(KeyCode::Char('p')));
        assert!(a.paused);
        a.handle(&key(KeyCode::Char('u')));
        assert_eq!(a.units, Units::BytesIec);
        a.handle(&key(KeyCode::Char('2')));
        a.handle(&key(KeyCode::Char('s')));
        assert_eq!(a.sort(View::Services), Sort::BigTech);
        assert_eq!(a.sort(View::Devices), Sort::Bytes);
        assert_eq!(a.handle(&key(KeyCode::Char('q'))), Action::Quit);
        assert_eq!(a.handle(&key(KeyCode::Esc)), Action::Quit);
        let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
        assert_eq!(a.handle(&ctrl_c), Action::Quit);
    }

    #[test]
    fn moving_never_goes_below_zero() {
        let mut a = app();
        a.handle(&key(KeyCode::Char('2')));
        a.handle(&key(KeyCode::Up));
        assert_eq!(a.selected(View::Services), 0);
        a.handle(&key(KeyCode::Char('j')));
        a.handle(&key(KeyCode::Down));
        assert_eq!(a.selected(View::Services), 2);
        a.handle(&key(KeyCode::PageUp));
        assert_eq!(a.selected(View::Services), 0);
    }

    #[test]
    fn clicking_a_tab_switches_to_it() {
        let mut a = app();
        a.handle(&Event::Resize(80, 24));
        let (start, _) = super::super::layout::tab_spans(80, &a.theme, &a.l10n)[3];
        let click = Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: start + 1,
            row: TABS_ROW,
            modifiers: KeyModifiers::NONE,
        });
        a.handle(&click);
        assert_eq!(a.view, View::Flows);
        let scroll = Event::Mouse(MouseEvent {
            kind: MouseEventKind::ScrollDown,
            column: 1,
            row: 10,
            modifiers: KeyModifiers::NONE,
        });
        a.handle(&scroll);
        assert_eq!(a.selected(View::Flows), 3);
    }
}
