import type { RouteObject } from 'react-router';
import { CampaignDetailPage } from './detail/CampaignDetailPage';
import { EditCampaignPage, NewCampaignPage } from './form/CampaignFormPages';
import { CampaignListPage } from './list/CampaignListPage';

/** Gift campaigns, under /gifts: the list, a new campaign, one campaign (with its tabs), editing one. */
export const giftsRoutes: RouteObject[] = [
  { index: true, element: <CampaignListPage /> },
  { path: 'new', element: <NewCampaignPage /> },
  { path: ':id', element: <CampaignDetailPage /> },
  { path: ':id/edit', element: <EditCampaignPage /> },
];
