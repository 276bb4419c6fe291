package org.dgsm.simulations.plot;

import org.dgsm.simulations.metrics.Samples;
import org.dgsm.simulations.metrics.SuccessCounter;
import org.dgsm.simulations.metrics.SystemMetrics;
import org.dgsm.simulations.world.MobilityKind;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.text.DecimalFormat;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The PNG plots of a simulation, one method per plot; the same colour for a system in every plot. */
public final class Plots {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final int WIDTH = 900;
    private static final int HEIGHT = 540;
    private static final int MAX_CDF_POINTS = 400;
    private static final Map<String, Color> COLOURS = Map.of(
            "dgsm", new Color(0x1f77b4),
            "osmohlr", new Color(0x2ca02c),
            "mirror-10", new Color(0xff7f0e),
            "mirror-30", new Color(0xd62728));
    private static final Color OTHER = new Color(0x7f7f7f);

    private Plots() {
    }

    /** One line per system: call setup success (%) against per-link packet loss (%). */
    public static Path callSuccessVsLoss(Path dir, List<String> systems, List<Double> lossPercent,
                                         Map<String, List<Double>> successBySystem, String title) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (String system : systems) {
            XYSeries series = new XYSeries(system);
            List<Double> ratios = successBySystem.get(system);
            for (int i = 0; i < lossPercent.size(); i++) {
                Double ratio = ratios.get(i);
                if (ratio != null && !ratio.isNaN()) {
                    series.add(lossPercent.get(i).doubleValue(), ratio * 100);
                }
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "packet loss per link (%)",
                "call setup success (%)", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        colour(renderer, systems);
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 101);
        return save(chart, dir.resolve("call-success-vs-loss.png"));
    }

    /**
     * CDF of the time from dialling to the lookup's end, per system (solid), and for systems that wait for answers
     * over the network, when the winning answer arrived (dashed): the gap is mslookup's min-delay.
     */
    public static Path lookupLatencyCdf(Path dir, List<SystemMetrics> systems, String title) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<String> names = new ArrayList<>();
        List<Boolean> dashed = new ArrayList<>();
        long max = 0;
        for (SystemMetrics m : systems) {
            Samples s = m.callLookupMillis();
            data.addSeries(cdf(m.system() + ": lookup done", s.sortedValues(), s.size(), 1.0, 0));
            names.add(m.system());
            dashed.add(false);
            max = Math.max(max, s.max());
        }
        for (SystemMetrics m : systems) {
            Samples answers = m.callAnswerMillis();
            if (answers.max() > 0) {
                data.addSeries(cdf(m.system() + ": answer arrived", answers.sortedValues(),
                        m.callLookupMillis().size(), 1.0, 0));
                names.add(m.system());
                dashed.add(true);
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "time from dialling (ms)",
                "fraction of calls", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYStepRenderer renderer = new XYStepRenderer();
        colour(renderer, names);
        for (int i = 0; i < dashed.size(); i++) {
            if (dashed.get(i)) {
                renderer.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {6f, 4f}, 0f));
            }
        }
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getDomainAxis()).setRange(-50, Math.max(100, max * 1.05));
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 1.01);
        return save(chart, dir.resolve("lookup-latency-cdf.png"));
    }

    /** CDF of SMS delivery delay over all submitted SMS (the curve ends at the delivered fraction). */
    public static Path smsDelayCdf(Path dir, List<SystemMetrics> systems, String title) {
        XYSeriesCollection data = new XYSeriesCollection();
        double floorSeconds = 0.1;
        double maxSeconds = 1;
        for (SystemMetrics m : systems) {
            long[] delays = m.smsDeliveryMillis().sortedValues();
            XYSeries series = cdf(m.system(), delays, Math.max(1, m.smsSubmitted()), 0.001, floorSeconds);
            data.addSeries(series);
            if (delays.length > 0) {
                maxSeconds = Math.max(maxSeconds, delays[delays.length - 1] / 1000.0);
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "delivery delay (s, log scale)",
                "fraction of SMS delivered", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        LogAxis axis = new LogAxis("delivery delay (s, log scale; below 0.1 s drawn at 0.1 s)");
        axis.setRange(floorSeconds, maxSeconds * 1.5);
        axis.setTickUnit(new NumberTickUnit(1.0));
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.#"));
        plot.setDomainAxis(axis);
        XYStepRenderer renderer = new XYStepRenderer();
        colour(renderer, systems.stream().map(SystemMetrics::system).toList());
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 1.01);
        return save(chart, dir.resolve("sms-delay-cdf.png"));
    }

    /** Location update success away from home, with the home village reachable and unreachable, per system. */
    public static Path roamingHomeDown(Path dir, List<SystemMetrics> systems, String title) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SystemMetrics m : systems) {
            addRatio(data, m.roamingHomeReachable(), "home reachable", m.system());
            addRatio(data, m.roamingHomeDown(), "home unreachable", m.system());
        }
        JFreeChart chart = ChartFactory.createBarChart(title, "system", "roaming location updates accepted (%)",
                data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setSeriesPaint(0, new Color(0x1f77b4));
        renderer.setSeriesPaint(1, new Color(0xd62728));
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 101);
        return save(chart, dir.resolve("roaming-home-down.png"));
    }

    /** Call setup success by how the callee moves, per system: where mirror-sync hurts most. */
    public static Path callSuccessByMobility(Path dir, List<SystemMetrics> systems, String title) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MobilityKind kind : MobilityKind.values()) {
            for (SystemMetrics m : systems) {
                addRatio(data, m.callsByCallee(kind), m.system(), kind.key());
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(title, "callee", "call setup success (%)", data,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        List<String> names = systems.stream().map(SystemMetrics::system).toList();
        for (int i = 0; i < names.size(); i++) {
            renderer.setSeriesPaint(i, COLOURS.getOrDefault(names.get(i), OTHER));
        }
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 101);
        return save(chart, dir.resolve("call-success-by-mobility.png"));
    }

    /** Call setup success per hour of the run, per system (partitions and outages show up here). */
    public static Path callSuccessByHour(Path dir, List<SystemMetrics> systems, String title) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (SystemMetrics m : systems) {
            XYSeries series = new XYSeries(m.system());
            SuccessCounter[] hours = m.callsByHour();
            for (int h = 0; h < hours.length; h++) {
                if (hours[h].attempts() > 0) {
                    series.add(h + 0.5, hours[h].ratio() * 100);
                }
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "hour of the run", "call setup success (%)", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        colour(renderer, systems.stream().map(SystemMetrics::system).toList());
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 101);
        return save(chart, dir.resolve("call-success-by-hour.png"));
    }

    private static void addRatio(DefaultCategoryDataset data, SuccessCounter counter, String row, String column) {
        data.addValue(counter.attempts() == 0 ? null : counter.ratio() * 100, row, column);
    }

    /**
     * A step CDF of {@code sorted} values scaled by {@code scale}, as fractions of {@code total}; values below
     * {@code floor} are drawn at the floor (for log axes). A point is drawn where the fraction has grown by at
     * least 1/{@value #MAX_CDF_POINTS} since the last one, so steps survive and the file stays small.
     */
    static XYSeries cdf(String name, long[] sorted, long total, double scale, double floor) {
        XYSeries series = new XYSeries(name, true, true);
        if (sorted.length == 0) {
            return series;
        }
        series.add(Math.max(floor, sorted[0] * scale), 0.0);
        double step = 1.0 / MAX_CDF_POINTS;
        double lastDrawn = 0;
        for (int i = 0; i < sorted.length; i++) {
            boolean lastOfValue = i == sorted.length - 1 || sorted[i + 1] != sorted[i];
            double fraction = (i + 1) / (double) total;
            if (lastOfValue && (fraction - lastDrawn >= step || i == sorted.length - 1)) {
                series.add(Math.max(floor, sorted[i] * scale), fraction);
                lastDrawn = fraction;
            }
        }
        return series;
    }

    private static void colour(org.jfree.chart.renderer.xy.AbstractXYItemRenderer renderer, List<String> systems) {
        for (int i = 0; i < systems.size(); i++) {
            renderer.setSeriesPaint(i, COLOURS.getOrDefault(systems.get(i), OTHER));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
    }

    private static Path save(JFreeChart chart, Path file) {
        chart.setBackgroundPaint(Color.WHITE);
        org.jfree.chart.plot.Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(Color.LIGHT_GRAY);
            xy.setRangeGridlinePaint(Color.LIGHT_GRAY);
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(Color.LIGHT_GRAY);
        }
        try {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }
}
