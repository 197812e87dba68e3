package org.basewatch.sink.http;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real browser the page tests drive (sink's WebPageIT, app's LivePageIT): Debian's Chromium and chromedriver, or
 * those named by {@code basewatch.chromium} and {@code basewatch.chromedriver}, headless.
 */
public final class HeadlessChromium {
    public static final Path CHROMIUM = Path.of(System.getProperty("basewatch.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("basewatch.chromedriver", "/usr/bin/chromedriver"));
    /** What a test that skips without the browser tells. */
    public static final String ABSENT = "chromium absent (" + CHROMIUM + ", " + CHROMEDRIVER + "): skipping the browser test;"
            + " install with: apt-get install -y chromium chromium-driver fonts-dejavu-core";

    private HeadlessChromium() {
    }

    /** Whether both the browser and its driver are installed. */
    public static boolean isInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A headless browser with its own profile folder. */
    public static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1500,1000", "--user-data-dir=" + profile);
        // An explicit driver and binary keep Selenium Manager from looking for (or downloading) either.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
