// Regenerates the paper's five figures, figure 6 on oil, figure 7 (every source to 2025) and figure 8 (HS chapters) (PNG, SVG, CSV), the claim report (claims.md, claims.csv)
// and the one-page HTML report (report.html) into charts/; with --figures LIST, only those figures.
// Usage: dotnet run --project samples/PaperFigures -c Release [-- --out DIR] [--mirror] [--figures 1-5]
return PaperFigures.Runner.Run(args, Console.Out, Console.Error);
