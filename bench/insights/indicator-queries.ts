/** The requests the working group makes most, as one user of each kind would. */
export interface IndicatorQuery {
  readonly name: string;
  readonly username: string;
  readonly query: string;
}

export function indicatorQueries(now: Date): IndicatorQuery[] {
  const day = (offsetDays: number) => new Date(now.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
  return [
    {
      name: 'year, weekly, by party (coordinator)',
      username: 'koordinator.nord',
      query: `from=${day(-365)}&to=${day(0)}&interval=week&by=party`,
    },
    {
      name: 'year, monthly, by helsefellesskap (coordinator)',
      username: 'koordinator.nord',
      query: `from=${day(-365)}&to=${day(0)}&interval=month&by=helsefellesskap`,
    },
    { name: '90 days, daily, total (admin)', username: 'admin', query: `from=${day(-90)}&to=${day(0)}&interval=day` },
    {
      name: 'half year, weekly, by category (vendor)',
      username: 'support.cgm',
      query: `from=${day(-182)}&to=${day(0)}&interval=week&by=category`,
    },
  ];
}
