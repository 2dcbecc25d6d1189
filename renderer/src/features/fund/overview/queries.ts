import { useQuery } from '@tanstack/react-query';
import type { Input } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiProvider';
import { fundKeys, useFundWrite } from '../common/queries';

export function useFundOverview() {
  const api = useApi();
  return useQuery({ queryKey: fundKeys.overview, queryFn: () => api.request('fund.overview') });
}

export function usePayCampaign() {
  const api = useApi();
  return useFundWrite((input: Input<'fund.payCampaign'>) => api.request('fund.payCampaign', input));
}

export function useIssueGoods() {
  const api = useApi();
  return useFundWrite((input: Input<'fund.issueGoods'>) => api.request('fund.issueGoods', input));
}

export function useClosePeriod() {
  const api = useApi();
  return useFundWrite((input: Input<'fund.closePeriod'>) => api.request('fund.closePeriod', input));
}
