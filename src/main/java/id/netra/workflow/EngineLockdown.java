package id.netra.workflow;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.BeanFactory;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine, locked down (SPEC §7): only whitelisted beans reachable from BPMN expressions (the delegates and the
 * deadlines), no scripts in any model, no expressions in queries, no Java serialization of variables.
 */
@Component
public class EngineLockdown extends AbstractProcessEnginePlugin {

    /** Beans a model may name besides the delegates. */
    public static final Set<String> EXTRA_BEANS = Set.of("caseDeadlines", "caseTracks");

    private final ApplicationContext beans;

    public EngineLockdown(ApplicationContext beans) {
        this.beans = beans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl config) {
        Set<String> allowed = new HashSet<>(EXTRA_BEANS);
        allowed.addAll(Arrays.asList(beans.getBeanNamesForType(JavaDelegate.class, false, false)));
        WhitelistedBeans whitelisted = new WhitelistedBeans(beans, allowed);
        config.setBeans(whitelisted);
        // The starter built its expression manager over the whole context before plugins run: replace it.
        config.setExpressionManager(new SpringExpressionManager(beans, whitelisted));
        config.setEnableExpressionsInAdhocQueries(false);
        config.setEnableExpressionsInStoredQueries(false);
        config.setJavaSerializationFormatEnabled(false);
        List<BpmnParseListener> listeners = config.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(config.getCustomPreBPMNParseListeners());
        listeners.add(new NoScripts());
        config.setCustomPreBPMNParseListeners(listeners);
    }

    /** Bean lookups for expressions: only the allowed names, resolved lazily (the delegates need the engine). */
    static final class WhitelistedBeans extends AbstractMap<Object, Object> {
        private final BeanFactory beans;
        private final Set<String> allowed;

        WhitelistedBeans(BeanFactory beans, Set<String> allowed) {
            this.beans = beans;
            this.allowed = Set.copyOf(allowed);
        }

        @Override
        public boolean containsKey(Object key) {
            return allowed.contains(key);
        }

        @Override
        public Object get(Object key) {
            return allowed.contains(key) ? beans.getBean((String) key) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            Set<Entry<Object, Object>> entries = new HashSet<>();
            allowed.forEach(name -> entries.add(new SimpleImmutableEntry<>(name, beans.getBean(name))));
            return entries;
        }
    }

    /** Refuses at deployment any model carrying a script: script tasks, script listeners, script conditions. */
    static final class NoScripts extends AbstractBpmnParseListener {
        @Override
        public void parseProcess(Element process, ProcessDefinitionEntity definition) {
            refuseScripts(process);
        }

        private static void refuseScripts(Element element) {
            String tag = element.getTagName();
            if (tag.equals("scriptTask") || tag.equals("script") || element.attribute("language") != null
                    || element.attributeNS(org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "resource") != null) {
                throw new ProcessEngineException("Netra tidak menerima skrip dalam model BPMN (elemen '" + tag + "' "
                        + (element.attribute("id") == null ? "" : element.attribute("id")) + "); gunakan delegate yang terdaftar.");
            }
            for (Element child : element.elements()) {
                refuseScripts(child);
            }
        }
    }
}
