// The main navigation. On a phone it sits behind a « Menu » button (a disclosure: aria-expanded and
// aria-controls, Escape or a tap elsewhere closes it and gives the focus back to the button, following a
// link closes it); on wider screens the button is not shown and the links are always there.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { paths } from '../components/paths';

export function SiteNav() {
  const { t } = useTranslation();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const nav = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!nav.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const close = () => setOpen(false);
  return (
    <nav aria-label={t(($) => $.app.mainNav)} ref={nav} className="site-nav">
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="menu-icon" aria-hidden="true" />
        {t(($) => $.app.menu)}
      </button>
      <ul id={listId} className={open ? 'nav-list is-open' : 'nav-list'}>
        <li>
          <NavLink to={paths.home()} end onClick={close}>
            {t(($) => $.nav.home)}
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.groups()} onClick={close}>
            {t(($) => $.nav.groups)}
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.workshops()} onClick={close}>
            {t(($) => $.nav.workshops)}
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.worksheets()} onClick={close}>
            {t(($) => $.nav.worksheets)}
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.reperes()} onClick={close}>
            {t(($) => $.nav.reperes)}
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.data()} onClick={close}>
            {t(($) => $.nav.data)}
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.about()} onClick={close}>
            {t(($) => $.nav.about)}
          </NavLink>
        </li>
        <li>
          <LanguageSwitch />
        </li>
      </ul>
    </nav>
  );
}
