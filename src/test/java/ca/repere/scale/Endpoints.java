package ca.repere.scale;

import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application and what it reads, found in Spring MVC's handler mappings: path
 * variables, request parameters, the fields of form objects (one level, with indexed names for
 * lists), headers and bodies. A route added later is found without touching the tests.
 */
record Endpoints(List<Endpoint> all) {

  /**
   * Where the access rules are (see SecurityConfiguration): these need a signed-in staff member.
   */
  private static final List<String> STAFF_PREFIXES = List.of("/staff", "/compte", "/admin");

  /** One method on one path, and the names of what it reads. */
  record Endpoint(
      RequestMethod method,
      String path,
      List<String> pathVariables,
      List<String> parameters,
      List<String> listParameters,
      List<String> headers,
      boolean readsBody) {

    boolean isProtected() {
      return STAFF_PREFIXES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    boolean changesData() {
      return method != RequestMethod.GET && method != RequestMethod.HEAD;
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static Endpoints of(RequestMappingHandlerMapping mappings) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = entry.getKey();
      if (!info.getHeadersCondition().isEmpty()) {
        continue;
      }
      Inputs inputs = Inputs.of(entry.getValue());
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String path : info.getPatternValues()) {
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          endpoints.add(
              new Endpoint(
                  method,
                  path,
                  List.copyOf(inputs.pathVariables),
                  List.copyOf(inputs.parameters),
                  List.copyOf(inputs.listParameters),
                  List.copyOf(inputs.headers),
                  inputs.readsBody));
        }
      }
    }
    endpoints.sort(Comparator.comparing(Endpoint::toString));
    return new Endpoints(List.copyOf(endpoints));
  }

  /** What one handler method reads from a request. */
  private static final class Inputs {

    private static final DefaultParameterNameDiscoverer NAMES =
        new DefaultParameterNameDiscoverer();

    final Set<String> pathVariables = new LinkedHashSet<>();
    final Set<String> parameters = new LinkedHashSet<>();
    final Set<String> listParameters = new LinkedHashSet<>();
    final Set<String> headers = new LinkedHashSet<>();
    boolean readsBody;

    static Inputs of(HandlerMethod handler) {
      Inputs inputs = new Inputs();
      for (MethodParameter parameter : handler.getMethodParameters()) {
        parameter.initParameterNameDiscovery(NAMES);
        inputs.add(parameter);
      }
      return inputs;
    }

    private void add(MethodParameter parameter) {
      String name = parameter.getParameterName();
      PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
      RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
      RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
      if (path != null) {
        pathVariables.add(firstNonBlank(path.name(), path.value(), name));
      } else if (param != null) {
        String key = firstNonBlank(param.name(), param.value(), name);
        if (!Map.class.isAssignableFrom(parameter.getParameterType()) && key != null) {
          (Collection.class.isAssignableFrom(parameter.getParameterType())
                  ? listParameters
                  : parameters)
              .add(key);
        }
      } else if (header != null) {
        headers.add(firstNonBlank(header.name(), header.value(), name));
      } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
        readsBody = true;
      } else if (parameter.hasParameterAnnotation(CookieValue.class)) {
        // cookies are fuzzed for every request (the language cookie)
      } else if (parameter.hasParameterAnnotation(ModelAttribute.class)
          || isFormObject(parameter.getParameterType())) {
        addFormFields(parameter.getParameterType());
      }
    }

    /** A type of ours bound from request parameters (not a framework or JDK type). */
    private static boolean isFormObject(Class<?> type) {
      return type.getName().startsWith("ca.repere.") && !BeanUtils.isSimpleProperty(type);
    }

    private void addFormFields(Class<?> type) {
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          addField(component.getName(), component.getType(), component.getGenericType());
        }
        return;
      }
      for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
        if (property.getWriteMethod() != null) {
          addField(
              property.getName(),
              property.getPropertyType(),
              property.getWriteMethod().getGenericParameterTypes()[0]);
        }
      }
    }

    private void addField(String name, Class<?> type, java.lang.reflect.Type generic) {
      if (Collection.class.isAssignableFrom(type) || type.isArray()) {
        listParameters.add(name);
        if (generic instanceof ParameterizedType p
            && p.getActualTypeArguments()[0] instanceof Class<?> element
            && isFormObject(element)) {
          for (PropertyDescriptor nested : BeanUtils.getPropertyDescriptors(element)) {
            if (nested.getWriteMethod() != null) {
              parameters.add(name + "[0]." + nested.getName());
            }
          }
        }
      } else {
        parameters.add(name);
      }
    }

    private static String firstNonBlank(String... candidates) {
      for (String candidate : candidates) {
        if (candidate != null && !candidate.isBlank()) {
          return candidate;
        }
      }
      return null;
    }
  }
}
