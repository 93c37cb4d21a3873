import type { RegisterRisk } from '../../shared/api/trackingCalls';

/** Score bands of the 5×5 matrix: 15 and over high, 8–14 medium, below 8 low. */
export const riskBand = (score: number) => (score >= 15 ? 'high' : score >= 8 ? 'medium' : 'low');

/** Open risks placed by likelihood and impact; a table, so it reads in order without colour. */
export function HeatMap({ risks }: { readonly risks: readonly RegisterRisk[] }) {
  const at = (likelihood: number, impact: number) => risks.filter((r) => r.likelihood === likelihood && r.impact === impact);
  return (
    <table className="heatmap">
      <caption>Open risks by likelihood and impact (current scores)</caption>
      <thead>
        <tr>
          <td />
          {[1, 2, 3, 4, 5].map((impact) => (
            <th key={impact} scope="col">
              Impact {impact}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[5, 4, 3, 2, 1].map((likelihood) => (
          <tr key={likelihood}>
            <th scope="row">Likelihood {likelihood}</th>
            {[1, 2, 3, 4, 5].map((impact) => {
              const here = at(likelihood, impact);
              return (
                <td key={impact} className={`heat heat-${riskBand(likelihood * impact)}`}>
                  <span className="visually-hidden">Score {likelihood * impact}: </span>
                  {here.map((r) => r.reference).join(', ') || <span className="visually-hidden">none</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
