package ca.repere.platform;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar repere.jar <task> [options]}: the tasks are Spring beans annotated with
 * picocli's {@link Command}, contributed by the modules. Listing them ({@code --help}) needs no
 * database; running one starts the application without its web server, then exits with the task's
 * code.
 */
public final class CommandLineTasks {

  private static final String BASE_PACKAGE = "ca.repere";

  private CommandLineTasks() {}

  /**
   * A task is named by the first argument; Spring options ({@code --server.port=…}) are not tasks.
   */
  public static boolean isTask(String[] args) {
    if (args.length == 0) {
      return false;
    }
    String first = args[0];
    return first.equals("--help")
        || first.equals("-h")
        || first.equals("help")
        || !first.startsWith("-");
  }

  public static int run(Class<?> application, String[] args) {
    Map<String, Class<?>> tasks = discoverTasks();
    String name = args[0];
    if (!tasks.containsKey(name)) {
      boolean askedForHelp = name.equals("--help") || name.equals("-h") || name.equals("help");
      if (askedForHelp && args.length > 1 && tasks.containsKey(args[1])) {
        new CommandLine(tasks.get(args[1])).usage(System.out);
        return 0;
      }
      printUsage(tasks, askedForHelp ? null : name);
      return askedForHelp ? 0 : 2;
    }
    if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
      new CommandLine(tasks.get(name)).usage(System.out);
      return 0;
    }
    String[] taskArgs = Arrays.copyOfRange(args, 1, args.length);
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(application)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .properties("repere.task=" + name, "spring.main.log-startup-info=false")
            .run(springOptions(taskArgs))) {
      CommandLine commandLine = new CommandLine(context.getBean(tasks.get(name)));
      commandLine.setExecutionExceptionHandler(
          (ex, cmd, parsed) -> {
            cmd.getErr().println("Error: " + ex.getMessage());
            return 1;
          });
      return commandLine.execute(taskOptions(taskArgs));
    } catch (RuntimeException e) {
      System.err.println("Error: " + rootMessage(e));
      return 1;
    }
  }

  private static String[] springOptions(String[] args) {
    return Arrays.stream(args)
        .filter(a -> a.startsWith("--spring.") || a.startsWith("--repere."))
        .toArray(String[]::new);
  }

  private static String[] taskOptions(String[] args) {
    return Arrays.stream(args)
        .filter(a -> !a.startsWith("--spring.") && !a.startsWith("--repere."))
        .toArray(String[]::new);
  }

  static Map<String, Class<?>> discoverTasks() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Command.class));
    Map<String, Class<?>> tasks = new TreeMap<>();
    scanner.findCandidateComponents(BASE_PACKAGE).stream()
        .map(CommandLineTasks::load)
        .forEach(type -> tasks.put(type.getAnnotation(Command.class).name(), type));
    return tasks;
  }

  private static Class<?> load(org.springframework.beans.factory.config.BeanDefinition definition) {
    try {
      return Class.forName(definition.getBeanClassName());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void printUsage(Map<String, Class<?>> tasks, String unknown) {
    if (unknown != null) {
      System.err.println(
          "Unknown task '" + unknown + "'. Run 'java -jar repere.jar --help' to list the tasks.");
    }
    System.out.println("Usage: java -jar repere.jar [task] [options]");
    System.out.println("Without a task, starts the web server (http://localhost:8080).");
    System.out.println();
    System.out.println("Tasks:");
    List<Class<?>> sorted =
        tasks.values().stream()
            .sorted(Comparator.comparing(t -> t.getAnnotation(Command.class).name()))
            .toList();
    for (Class<?> task : sorted) {
      Command command = task.getAnnotation(Command.class);
      String description = command.description().length > 0 ? command.description()[0] : "";
      System.out.printf("  %-12s %s%n", command.name(), description);
    }
    System.out.println();
    System.out.println("'java -jar repere.jar <task> --help' describes a task's options.");
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.toString();
  }
}
