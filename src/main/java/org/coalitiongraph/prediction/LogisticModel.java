package org.coalitiongraph.prediction;

import java.util.List;

/**
 * A logistic regression whose weights can be shown: {@code p = 1 / (1 + e^-(w · x))}, one weight per
 * named feature, the first feature being the constant 1.
 *
 * <p>Fitted by Newton's method on the log-loss plus a ridge penalty that pulls each weight towards a
 * prior weight rather than towards zero: with little history the model keeps its documented prior,
 * and with much history the data decide. The same inputs always give the same weights.
 */
public record LogisticModel(List<String> features, double[] weights) {

    private static final int MAX_ITERATIONS = 50;
    private static final double CONVERGED = 1e-9;

    public LogisticModel {
        features = List.copyOf(features);
        weights = weights.clone();
        if (features.size() != weights.length) {
            throw new IllegalArgumentException(features.size() + " features but " + weights.length + " weights");
        }
    }

    public double probability(double[] x) {
        return sigmoid(score(x));
    }

    public double score(double[] x) {
        double z = 0;
        for (int j = 0; j < weights.length; j++) {
            z += weights[j] * x[j];
        }
        return z;
    }

    /** What feature {@code j} adds to the log-odds for {@code x}. */
    public double contribution(int j, double[] x) {
        return weights[j] * x[j];
    }

    /**
     * @param x       one row per example, each starting with the constant 1
     * @param y       the outcomes
     * @param prior   the weights the penalty pulls towards (and the starting point)
     * @param penalty the ridge penalty per weight, relative to the number of examples; the constant is
     *                not penalised
     */
    public static LogisticModel fit(List<String> features, double[][] x, boolean[] y, double[] prior, double penalty) {
        int d = prior.length;
        var w = prior.clone();
        double lambda = penalty * Math.max(1, x.length);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            var gradient = new double[d];
            var hessian = new double[d][d];
            for (int j = 1; j < d; j++) {
                gradient[j] = lambda * (w[j] - prior[j]);
                hessian[j][j] = lambda;
            }
            hessian[0][0] = 1e-9;
            for (int i = 0; i < x.length; i++) {
                var row = x[i];
                double p = sigmoid(dot(w, row));
                double r = p - (y[i] ? 1 : 0);
                double s = Math.max(p * (1 - p), 1e-12);
                for (int j = 0; j < d; j++) {
                    gradient[j] += r * row[j];
                    for (int k = 0; k <= j; k++) {
                        hessian[j][k] += s * row[j] * row[k];
                    }
                }
            }
            for (int j = 0; j < d; j++) {
                for (int k = j + 1; k < d; k++) {
                    hessian[j][k] = hessian[k][j];
                }
            }
            var step = solve(hessian, gradient);
            // A full Newton step can overshoot when the start is far from the optimum (features on the
            // log-odds scale saturate the probabilities): halve it until the objective does not rise.
            double before = objective(w, x, y, prior, lambda);
            var next = new double[d];
            double largest = 0;
            for (int halvings = 0; halvings < 40; halvings++) {
                largest = 0;
                for (int j = 0; j < d; j++) {
                    next[j] = w[j] - step[j];
                    largest = Math.max(largest, Math.abs(step[j]));
                }
                if (objective(next, x, y, prior, lambda) <= before) {
                    break;
                }
                for (int j = 0; j < d; j++) {
                    step[j] /= 2;
                }
            }
            w = next;
            if (largest < CONVERGED) {
                break;
            }
        }
        return new LogisticModel(features, w);
    }

    /** The penalised log-loss that the fit minimises. */
    private static double objective(double[] w, double[][] x, boolean[] y, double[] prior, double lambda) {
        double sum = 0;
        for (int j = 1; j < w.length; j++) {
            sum += lambda / 2 * (w[j] - prior[j]) * (w[j] - prior[j]);
        }
        for (int i = 0; i < x.length; i++) {
            double z = dot(w, x[i]);
            // log(1 + e^-z) for a yes, log(1 + e^z) for a no, computed without overflow.
            double m = y[i] ? -z : z;
            sum += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
        }
        return sum;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** The log-odds of a probability, kept finite: features built from rates go through this. */
    public static double logit(double p) {
        double clipped = Math.min(0.999, Math.max(0.001, p));
        return Math.log(clipped / (1 - clipped));
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    /** Solves {@code a · s = b} by Gaussian elimination with partial pivoting; {@code a} is small. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        var m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            var swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            if (Math.abs(m[col][col]) < 1e-300) {
                continue;
            }
            for (int row = col + 1; row < n; row++) {
                double factor = m[row][col] / m[col][col];
                for (int k = col; k <= n; k++) {
                    m[row][k] -= factor * m[col][k];
                }
            }
        }
        var s = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = m[row][n];
            for (int k = row + 1; k < n; k++) {
                sum -= m[row][k] * s[k];
            }
            s[row] = Math.abs(m[row][row]) < 1e-300 ? 0 : sum / m[row][row];
        }
        return s;
    }
}
