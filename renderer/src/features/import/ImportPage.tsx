import { ChildrenPage } from '../placeholders/AreaPlaceholders';

/** Import of an existing register from Excel or CSV (being built). */
export function ImportPage() {
  return <ChildrenPage />;
}
