import { ResearchPage } from '../../features/research/components/research-page';

/** For researchers: measured recovery and the pseudonymised export. */
export default function OnderzoekRoute() {
  return <ResearchPage />;
}
