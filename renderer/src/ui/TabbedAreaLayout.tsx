import { NavLink, Outlet } from 'react-router';
import './area-tabs.css';

export interface AreaTab {
  to: string;
  label: string;
  /** Marked only on this exact address: the area's index page, which every other address starts with. */
  end?: boolean;
}

interface TabbedAreaLayoutProps {
  /** The page's own class, e.g. 'fund-page', for the area's width and styles. */
  pageClassName: string;
  title: string;
  navLabel: string;
  tabs: readonly AreaTab[];
}

/** An area's pages under one title, with a row of tabs (links, the open one marked) to move between them. */
export function TabbedAreaLayout({ pageClassName, title, navLabel, tabs }: TabbedAreaLayoutProps) {
  return (
    <div className={`page ${pageClassName}`}>
      <h1>{title}</h1>
      <nav className="area-tabs" aria-label={navLabel}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink to={tab.to} end={tab.end ?? false} className="area-tab">
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
