import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p>Bảo trợ Trẻ em</p>);
